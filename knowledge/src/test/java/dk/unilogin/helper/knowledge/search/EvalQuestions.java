package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The questions of every evaluation set, for tests that compare two ways of reading them. */
final class EvalQuestions {
    private static final Pattern QUESTION = Pattern.compile("\"q\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private EvalQuestions() {
    }

    static List<String> all() throws IOException {
        List<String> questions = new ArrayList<>();
        for (Path set : sets()) {
            for (String line : Files.readString(set, StandardCharsets.UTF_8).split("\n")) {
                Matcher m = QUESTION.matcher(line);
                if (m.find()) {
                    questions.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
        }
        assertThat(questions).hasSizeGreaterThan(1000);
        return questions;
    }

    /** Every set in the test resources' eval folder: a set added there is read here too, with nothing to register. */
    private static List<Path> sets() throws IOException {
        try {
            Path folder = Path.of(EvalQuestions.class.getResource("/eval").toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
