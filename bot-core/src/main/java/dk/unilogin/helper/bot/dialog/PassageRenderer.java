package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.knowledge.Choice;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.Step;
import java.util.ArrayList;
import java.util.List;

/** Turns a guide passage, or one of its steps, into the light Markdown the channels show. */
final class PassageRenderer {

    String whole(Passage p, Texts texts) {
        List<String> blocks = new ArrayList<>();
        blocks.add("**" + p.title() + "**");
        blocks.addAll(p.intro());
        if (!p.steps().isEmpty()) {
            StringBuilder steps = new StringBuilder();
            for (Step step : p.steps()) {
                if (!steps.isEmpty()) {
                    steps.append('\n');
                }
                steps.append(step.number()).append(". ").append(step.text());
                for (Choice c : step.choices()) {
                    steps.append("\n   ").append(c.label()).append(". ").append(choiceText(c));
                }
                for (String note : step.notes()) {
                    steps.append("\n   _").append(note).append('_');
                }
            }
            blocks.add(steps.toString());
        }
        blocks.addAll(p.notes());
        if (!p.outcome().isBlank()) {
            blocks.add(p.outcome());
        }
        blocks.add(texts.source(p.title()));
        return String.join("\n\n", blocks);
    }

    String step(Passage p, int index, Texts texts, Choice chosen) {
        Step step = p.steps().get(index);
        StringBuilder sb = new StringBuilder(texts.stepHeader(index + 1, p.steps().size()))
                .append(" · ").append(p.title()).append("\n\n").append(step.text());
        if (chosen != null) {
            sb.append("\n\n").append(choiceText(chosen));
        }
        for (String note : step.notes()) {
            sb.append("\n\n_").append(note).append('_');
        }
        boolean last = index == p.steps().size() - 1;
        if (last && !p.outcome().isBlank() && (!step.hasChoices() || chosen != null)) {
            sb.append("\n\n").append(p.outcome());
        }
        return sb.toString();
    }

    static String choiceText(Choice c) {
        String condition = c.condition().strip();
        if (c.instructions().isEmpty()) {
            return condition;
        }
        String sep = condition.endsWith(":") || condition.endsWith(".") ? " " : ": ";
        return condition + sep + String.join(" ", c.instructions());
    }

    /** A button title for a choice: its condition without "Hvis"/"If", at most 60 characters. */
    static String choiceTitle(Choice c) {
        String condition = c.condition().strip();
        String t = condition.replaceFirst("(?i)^(hvis|if)\\s+", "");
        if (condition.regionMatches(true, 0, "hvis ", 0, 5)) {
            // without "hvis" the clause stands alone and takes main-clause order: "I kender ikke …"
            t = t.replaceFirst("^(\\S+) ikke (\\S+)", "$1 $2 ikke");
        }
        t = t.replaceAll("[,.:]+$", "");
        if (!t.isEmpty()) {
            t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }
}
