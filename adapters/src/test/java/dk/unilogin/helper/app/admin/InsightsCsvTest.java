package dk.unilogin.helper.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InsightsCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
        assertThat(InsightsCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(InsightsCsv.cell("+45 12")).isEqualTo("'+45 12");
        assertThat(InsightsCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(InsightsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(InsightsCsv.cell("\tfoo")).isEqualTo("'\tfoo");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(InsightsCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(InsightsCsv.cell("han sagde \"hej\"")).isEqualTo("\"han sagde \"\"hej\"\"\"");
        assertThat(InsightsCsv.cell("to\nlinjer")).isEqualTo("\"to\nlinjer\"");
        assertThat(InsightsCsv.cell("min søn har glemt koden")).isEqualTo("min søn har glemt koden");
        assertThat(InsightsCsv.cell(null)).isEmpty();
    }
}
