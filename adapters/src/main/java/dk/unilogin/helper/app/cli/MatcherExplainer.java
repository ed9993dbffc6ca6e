package dk.unilogin.helper.app.cli;

import dk.unilogin.helper.bot.privacy.Redactor;
import dk.unilogin.helper.bot.reading.PhraseReader;
import dk.unilogin.helper.bot.reading.Phrases;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import java.util.function.Function;

/**
 * The matcher's stages for a message as the bot reads it: redacted, without a leading greeting
 * ("Hej, …") and without redaction masks. Explaining the text as typed would show another verdict
 * than the bot's whenever the greeting changes the reading.
 */
final class MatcherExplainer implements Function<String, String> {
    private final KnowledgeBase knowledge;
    private final PhraseReader reader;
    private final Redactor redactor = new Redactor();

    MatcherExplainer(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.reader = new PhraseReader(knowledge, Phrases.bundled());
    }

    @Override
    public String apply(String message) {
        String question = reader.read(redactor.redact(message).text()).message().question();
        String stages = knowledge.explain(question).text();
        return question.equals(message.strip()) ? stages : "read as     \"" + question + "\"\n" + stages;
    }
}
