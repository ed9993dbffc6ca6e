package dk.unilogin.helper.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The fast path gives the firewall's own verdict on every text, of any characters. */
class PrintableAsciiFirstTest {

    @Provide
    Arbitrary<String> headerTexts() {
        Arbitrary<Character> mostlyPrintable = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.chars().range(' ', '~')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0000', '\u00ff')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0100', '\uffff')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\t', '\u007f', '\u0085', '\u0378', '\ud800', '\udc00', '~', ' ')));
        return mostlyPrintable.list().ofMaxSize(40).map(chars -> {
            StringBuilder text = new StringBuilder();
            chars.forEach(text::append);
            return text.toString();
        });
    }

    @Property(tries = 3000)
    void headerNamesGetTheFirewallsVerdict(@ForAll("headerTexts") String text) {
        assertSameVerdict(StrictHttpFirewall.ALLOWED_HEADER_NAMES, text);
    }

    @Property(tries = 3000)
    void headerValuesGetTheFirewallsVerdict(@ForAll("headerTexts") String text) {
        assertSameVerdict(StrictHttpFirewall.ALLOWED_HEADER_VALUES, text);
    }

    @Property(tries = 3000)
    void parameterNamesGetTheFirewallsVerdict(@ForAll("headerTexts") String text) {
        assertSameVerdict(StrictHttpFirewall.ALLOWED_PARAMETER_NAMES, text);
    }

    private static void assertSameVerdict(Predicate<String> firewallCheck, String text) {
        assertThat(new PrintableAsciiFirst(firewallCheck).test(text)).as(text.chars()
                .mapToObj(c -> String.format("U+%04X", c)).toList().toString()).isEqualTo(firewallCheck.test(text));
    }
}
