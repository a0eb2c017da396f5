package nl.workinnl.assistant.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * People write Bulgarian in Latin letters in several ways: я as "ya", "ia", "q" or "a"; щ as "sht"
 * or "st"; ж as "zh" or "j"; ъ as "a", "u" or "y"; ч as "ch" or "4". No ICU transform undoes that
 * variety, so both the index (after BGN romanisation) and the question are reduced to one spelling.
 */
final class LatinBulgarianSpellingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    LatinBulgarianSpellingFilter(TokenStream input) {
        super(input);
    }

    static String reduce(String word) {
        String w = word;
        w = w.replace("sht", "st").replace("zh", "j").replace("ch", "c").replace("sh", "s").replace("ts", "c")
                .replace("4", "c").replace("6", "s").replace("w", "v").replace("x", "h");
        w = w.replace("yu", "u").replace("iu", "u").replace("ya", "a").replace("ia", "a").replace("q", "a");
        w = w.replace("y", "").replace("u", "a");
        return w.isEmpty() ? word : w;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String reduced = reduce(term.toString());
        term.setEmpty().append(reduced);
        return true;
    }
}
