package nl.workinnl.assistant.staffarea;

import java.util.List;

/**
 * RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. A field that starts with
 * =, +, - or @ gets a leading apostrophe, so a spreadsheet does not run a question as a formula.
 */
final class Csv {

    private Csv() {}

    static String row(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0) {
                f = "'" + f;
            }
            sb.append('"').append(f.replace("\"", "\"\"")).append('"');
        }
        return sb.append("\r\n").toString();
    }
}
