package nl.workinnl.assistant.staffarea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fieldsAreQuotedWithQuotesDoubledAndRowsEndInCrLf() {
        assertThat(Csv.row(Arrays.asList("a", "say \"hi\", ok", null, "two\nlines"))).isEqualTo("\"a\",\"say \"\"hi\"\", ok\",\"\",\"two\nlines\"\r\n");
    }

    @Test
    void aFieldAFormulaCouldStartWithIsDefused() {
        assertThat(Csv.row(Arrays.asList("=HYPERLINK(\"x\")", "+31", "-", "@a"))).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",\"'+31\",\"'-\",\"'@a\"\r\n");
    }
}
