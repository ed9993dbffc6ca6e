package dk.unilogin.helper.knowledge.markdown;

import dk.unilogin.helper.knowledge.Choice;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import dk.unilogin.helper.knowledge.Link;
import dk.unilogin.helper.knowledge.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the body of a passage file. Layout, in order:
 * <ul>
 *   <li>intro paragraphs (blocks separated by blank lines, light Markdown kept);</li>
 *   <li>one numbered list of steps {@code 1.}, {@code 2.} …; lines indented under a step are
 *       its choices ({@code a.} condition, then {@code - instruction} lines), its notes
 *       ({@code Bemærk:} / {@code Note:}) or a continuation of its text;</li>
 *   <li>after the steps: an outcome line ({@code Resultat:} / {@code Outcome:}) and notes.</li>
 * </ul>
 */
final class PassageBodyParser {
    private static final Pattern STEP = Pattern.compile("^ ?(\\d+)\\.\\s+(.*)$");
    private static final Pattern CHOICE = Pattern.compile("^\\s+([a-z])\\.\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s+[-*]\\s+(.*)$");
    private static final Pattern NOTE = Pattern.compile("^\\s*((Bemærk|Note):.*)$");
    private static final Pattern OUTCOME = Pattern.compile("^(Resultat|Outcome):\\s*(.*)$");

    private final String source;
    private final List<String> intro = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Located> references = new ArrayList<>();
    private final List<StepDraft> steps = new ArrayList<>();
    private final LinkExtractor linkExtractor;
    private String outcome = "";

    PassageBodyParser(String source) {
        this.source = source;
        this.linkExtractor = new LinkExtractor(source, links, references);
    }

    /** @param firstLine the 1-based line number of {@code lines.get(0)} in the file */
    PassageBody parse(List<String> lines, int firstLine) {
        List<String> block = new ArrayList<>();
        int blockStart = 0;
        boolean afterSteps = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = firstLine + i;
            Matcher step = STEP.matcher(line);
            boolean indented = !line.isBlank() && Character.isWhitespace(line.charAt(0)) && !step.matches();
            if (step.matches()) {
                flush(block, blockStart, afterSteps);
                if (afterSteps) {
                    throw error(lineNo, "a passage holds one list of steps; this step stands after text that ended the list");
                }
                startStep(Integer.parseInt(step.group(1)), step.group(2), lineNo);
            } else if (!steps.isEmpty() && !afterSteps && (line.isBlank() || indented)) {
                if (indented) {
                    addToStep(line, lineNo);
                }
            } else if (line.isBlank()) {
                flush(block, blockStart, afterSteps);
            } else {
                if (!steps.isEmpty()) {
                    afterSteps = true;
                }
                if (block.isEmpty()) {
                    blockStart = lineNo;
                }
                block.add(linkExtractor.process(line.stripTrailing(), lineNo));
            }
        }
        flush(block, blockStart, afterSteps);
        List<Step> built = new ArrayList<>();
        for (StepDraft draft : steps) {
            built.add(draft.build());
        }
        if (intro.isEmpty() && built.isEmpty() && notes.isEmpty()) {
            throw error(firstLine, "the passage has no text below its front matter");
        }
        return new PassageBody(intro, built, notes, outcome, links, references);
    }

    private void flush(List<String> block, int blockStart, boolean afterSteps) {
        if (block.isEmpty()) {
            return;
        }
        String text = String.join("\n", block);
        block.clear();
        Matcher outcomeLine = OUTCOME.matcher(text);
        if (afterSteps && outcomeLine.matches()) {
            if (!outcome.isEmpty()) {
                throw error(blockStart, "a passage has at most one outcome line");
            }
            outcome = outcomeLine.group(2).strip();
        } else if (afterSteps) {
            notes.add(text);
        } else {
            intro.add(text);
        }
    }

    private void startStep(int number, String text, int lineNo) {
        int expected = steps.size() + 1;
        if (number != expected) {
            throw error(lineNo, "step " + expected + " expected here, found step " + number);
        }
        if (text.isBlank()) {
            throw error(lineNo, "step " + number + " has no text");
        }
        steps.add(new StepDraft(number, linkExtractor.process(text.strip(), lineNo)));
    }

    private void addToStep(String line, int lineNo) {
        StepDraft step = steps.get(steps.size() - 1);
        Matcher choice = CHOICE.matcher(line);
        Matcher note = NOTE.matcher(line);
        Matcher bullet = BULLET.matcher(line);
        if (choice.matches()) {
            char expected = (char) ('a' + step.choices.size());
            if (choice.group(1).charAt(0) != expected) {
                throw error(lineNo, "choice " + expected + ". expected here, found " + choice.group(1) + ".");
            }
            step.choices.add(new ChoiceDraft(choice.group(1), linkExtractor.process(choice.group(2).strip(), lineNo)));
        } else if (note.matches()) {
            step.notes.add(linkExtractor.process(note.group(1).strip(), lineNo));
        } else if (bullet.matches() && !step.choices.isEmpty()) {
            step.choices.get(step.choices.size() - 1).instructions
                    .add(linkExtractor.process(bullet.group(1).strip(), lineNo));
        } else if (!step.choices.isEmpty()) {
            throw error(lineNo, "under a choice, write its instructions as '- ' lines");
        } else {
            step.text.append('\n').append(linkExtractor.process(line.strip(), lineNo));
        }
    }

    private KnowledgeFormatException error(int line, String problem) {
        return new KnowledgeFormatException(source, line, problem);
    }

    private static final class StepDraft {
        final int number;
        final StringBuilder text;
        final List<ChoiceDraft> choices = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        StepDraft(int number, String text) {
            this.number = number;
            this.text = new StringBuilder(text);
        }

        Step build() {
            List<Choice> built = new ArrayList<>();
            for (ChoiceDraft c : choices) {
                built.add(new Choice(c.label, c.condition, c.instructions));
            }
            return new Step(number, text.toString(), built, notes);
        }
    }

    private static final class ChoiceDraft {
        final String label;
        final String condition;
        final List<String> instructions = new ArrayList<>();

        ChoiceDraft(String label, String condition) {
            this.label = label;
            this.condition = condition;
        }
    }
}
