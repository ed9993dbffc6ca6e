package dk.unilogin.helper.bot.reading;

import static dk.unilogin.helper.bot.reading.PhraseKind.*;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.bot.privacy.Redactor;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.Language;
import dk.unilogin.helper.knowledge.TextFold;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each message once into a {@link Reading}, from the phrase files alone: nothing here
 * knows what the bot is waiting for. The matcher is asked about the message here and nowhere
 * else, lazily, the first time a dialog needs its verdict.
 */
public final class PhraseReader {
    /** Every short message that leans on the conversation is at most this long; longer ones are questions. */
    private static final int MAX_SHORT_REPLY_WORDS = 9;
    private static final int MAX_PERSON_REQUEST_WORDS = 8;
    private static final int MAX_PICK_WORDS = 4;
    private static final int MAX_STEP_BY_STEP_WORDS = 6;
    private static final int MAX_GREETING_WORDS = 3;
    /** Whom a greeting is to, after it ("Hej med jer"), in at most this many words. */
    private static final int MAX_ADDRESSEE_WORDS = 2;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,.!:;-]+");
    /** The masks the privacy guard left, and what introduced them ("cpr-nr. er"). */
    private static final Pattern REDACTED = Pattern.compile(
            "(?iu)(\\b(cpr|cpr-?nr\\.?|cpr-?nummer(et)?|personnummer(et)?)\\s*(er|is|:)?\\s*"
                    + "|\\s*\\b(er|is|was|var|hedder|bliver)\\s+|\\s*[:=]\\s*)?" + Pattern.quote(Redactor.MASK));

    private final KnowledgeBase knowledge;
    private final Phrases phrases;

    public PhraseReader(KnowledgeBase knowledge, Phrases phrases) {
        this.knowledge = knowledge;
        this.phrases = phrases;
    }

    public Phrases phrases() {
        return phrases;
    }

    /** A pressed button's value, or else the typed text (a value too long for a button is read as text). */
    public Reading read(Activity incoming) {
        String value = incoming.value();
        if (value != null && !value.isBlank() && value.length() <= SuggestedAction.MAX_VALUE_BYTES) {
            return new Reading.Pressed(new Message(value, false, "", "", Optional.empty(), "", knowledge::match), value);
        }
        return read(incoming.text() != null ? incoming.text() : value);
    }

    public Reading read(String raw) {
        String text = raw == null ? "" : raw.strip();
        boolean cut = text.codePointCount(0, text.length()) > Activity.MAX_TEXT_CHARS;
        if (cut) {
            text = text.substring(0, text.offsetByCodePoints(0, Activity.MAX_TEXT_CHARS));
        }
        String words = TextFold.words(text);
        Message m = new Message(text, cut, words, withoutRedactions(withoutGreeting(text)), audience(words),
                withoutAudienceWords(text), knowledge::match);
        Optional<Boolean> emoji = EmojiReplies.meaning(text);
        if (emoji.isPresent()) {
            return emoji.get() ? new Reading.Yes(m, true) : new Reading.No(m, true);
        }
        if (TextFold.words(withoutRedactions(text)).isEmpty()) {
            return new Reading.Empty(m);
        }
        String core = phrases.without(POLITE_FILLER, words);
        if (phrases.isWhole(RESTART, core)) {
            return new Reading.Restart(m);
        }
        Optional<Language> language = languageAsked(m);
        if (language.isPresent()) {
            return new Reading.SwitchLanguage(m, language.get());
        }
        if (phrases.isWhole(IDENTITY, words)) {
            return new Reading.SmallTalk(m, Reading.SmallTalk.Kind.IDENTITY);
        }
        if (m.wordCount() <= MAX_PERSON_REQUEST_WORDS && phrases.contains(PERSON, words)) {
            return new Reading.AskForPerson(m);
        }
        return reply(m, core).or(() -> smallTalk(m).map(kind -> new Reading.SmallTalk(m, kind)))
                .or(() -> leaningOnTheLastAnswer(m))
                .orElseGet(() -> new Reading.Question(m));
    }

    /** Whole-message replies: yes, no, ok, done, back, worked, not working, a pick. */
    private Optional<Reading> reply(Message m, String core) {
        String w = m.words();
        if (phrases.isWhole(YES, w)) {
            return Optional.of(new Reading.Yes(m, false));
        }
        if (phrases.isWhole(NO, w)) {
            return Optional.of(new Reading.No(m, false));
        }
        if (phrases.isWhole(OK, w)) {
            return Optional.of(new Reading.Ok(m));
        }
        if (phrases.isWhole(DONE, w)) {
            return Optional.of(new Reading.Done(m));
        }
        if (phrases.isWhole(BACK, core)) {
            return Optional.of(new Reading.Back(m));
        }
        if (phrases.isWhole(WORKED, w)) {
            return Optional.of(new Reading.Worked(m));
        }
        if (phrases.isWhole(NOT_WORKING, w)) {
            return Optional.of(new Reading.NotWorking(m));
        }
        return pick(m).map(i -> new Reading.Pick(m, i));
    }

    /** "2", "den anden", "the first one"; "noget andet" says none of them. */
    private Optional<Integer> pick(Message m) {
        String w = m.words();
        if (w.matches("[1-9]")) {
            return Optional.of(Integer.parseInt(w) - 1);
        }
        if (m.wordCount() > MAX_PICK_WORDS || phrases.contains(NONE_OF_THEM, w)) {
            return Optional.empty();
        }
        PhraseKind[] places = {FIRST, SECOND, THIRD};
        for (int i = 0; i < places.length; i++) {
            if (phrases.contains(places[i], w)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private Optional<Reading.SmallTalk.Kind> smallTalk(Message m) {
        String w = m.words();
        String greeting = phrases.opening(GREETING, w);
        String afterGreeting = greeting == null ? null : w.substring(greeting.length()).strip();
        if (greeting != null && (afterGreeting.isEmpty() || phrases.isWhole(GREETING_ADDRESSEE, afterGreeting))) {
            return Optional.of(Reading.SmallTalk.Kind.GREETING);
        }
        if (phrases.isWhole(CAPABILITIES, w)) {
            return Optional.of(Reading.SmallTalk.Kind.CAPABILITIES);
        }
        if (phrases.isWhole(ACKNOWLEDGE, w)) {
            return Optional.of(Reading.SmallTalk.Kind.ACKNOWLEDGE);
        }
        if (phrases.isWhole(PRESENCE, w) || (afterGreeting != null && phrases.isWhole(PRESENCE, afterGreeting))) {
            return Optional.of(Reading.SmallTalk.Kind.PRESENCE);
        }
        if (phrases.contains(THANKS, w) && phrases.allIn(THANKS_WORDS, w)) {
            return Optional.of(Reading.SmallTalk.Kind.THANKS);
        }
        // "tak for hjælpen, godnat": thanks and goodbye in one message is a goodbye
        if (phrases.contains(GOODBYE, w) && Arrays.stream(w.split(" "))
                .allMatch(word -> phrases.allIn(THANKS_WORDS, word) || phrases.allIn(GOODBYE_WORDS, word))) {
            return Optional.of(Reading.SmallTalk.Kind.GOODBYE);
        }
        return Optional.empty();
    }

    /** Short messages that only make sense after an answer; each is read as a whole, so "zoom virker ikke" is a question. */
    private Optional<Reading> leaningOnTheLastAnswer(Message m) {
        String w = m.words();
        int n = m.wordCount();
        if (n == 0 || n > MAX_SHORT_REPLY_WORDS) {
            return Optional.empty();
        }
        if (phrases.allIn(NOT_WORKING_WORDS, w) && phrases.contains(NOT_WORKING_NEGATION, w)
                && phrases.contains(NOT_WORKING_VERB, w)) {
            return Optional.of(new Reading.NotWorking(m));
        }
        if (phrases.allIn(WHAT_NOW_WORDS, w) && phrases.contains(WHAT_NOW, w)) {
            return Optional.of(new Reading.WhatNow(m));
        }
        if (phrases.allIn(CONFUSED_WORDS, w) && phrases.contains(CONFUSED, w)) {
            return Optional.of(new Reading.Confused(m));
        }
        if (n <= MAX_STEP_BY_STEP_WORDS && phrases.contains(STEP_BY_STEP, w)) {
            return Optional.of(new Reading.StepByStep(m));
        }
        if (phrases.opening(SHIFT_OPENING, w) != null && m.audience().isPresent()) {
            return Optional.of(new Reading.AudienceShift(m, m.audience().get()));
        }
        return Optional.empty();
    }

    /** The language asked for by a short message that is about the language only. */
    private Optional<Language> languageAsked(Message m) {
        String w = m.words();
        if (m.wordCount() > MAX_SHORT_REPLY_WORDS) {
            return Optional.empty();
        }
        // a subject at school ("dansk", "english") is no request: a phrase, or the language's name alone
        if (phrases.isWhole(ENGLISH, w) || phrases.contains(IN_ENGLISH, w)) {
            return Optional.of(Language.EN);
        }
        if (phrases.isWhole(DANISH, w) || phrases.contains(IN_DANISH, w)) {
            return Optional.of(Language.DA);
        }
        return Optional.empty();
    }

    private Optional<AudienceCue> audience(String words) {
        if (phrases.contains(CHILD, words)) {
            return Optional.of(AudienceCue.CHILD);
        }
        if (phrases.contains(PUPIL, words)) {
            return Optional.of(AudienceCue.PUPIL);
        }
        if (phrases.contains(PARENT, words)) {
            return Optional.of(AudienceCue.PARENT);
        }
        return Optional.empty();
    }

    /** Whether folded words hold a negation: "Hvis I ikke kender …". */
    public boolean negates(String words) {
        return phrases.anyIn(NEGATION, words);
    }

    /** Whether a reply to a fork says no: "nej, vi har glemt den". */
    public boolean denies(String words) {
        return negates(words) || phrases.contains(DENIES, words);
    }

    /** Whether a reply to a fork says yes: "ja, vi kender den". */
    public boolean affirms(String words) {
        return phrases.contains(AFFIRMS, words);
    }

    /** Whether a folded word names an audience on its own: "datter", "mor", "elev", "child". */
    public boolean isAudienceWord(String word) {
        return phrases.allIn(CHILD, word) || phrases.allIn(PUPIL, word) || phrases.allIn(PARENT, word);
    }

    private String withoutAudienceWords(String text) {
        return Arrays.stream(WHITESPACE.split(text)).filter(token -> !isAudienceWord(TextFold.words(token)))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * The message with a leading greeting taken off ("Hej, min søn …"), or the message itself. The rest keeps its own
     * spacing: a line break ends a sentence, as in a list of points.
     */
    static String withoutGreeting(String text, Phrases phrases) {
        String stripped = text.strip();
        String[] tokens = WHITESPACE.split(stripped);
        for (int k = Math.min(MAX_GREETING_WORDS, tokens.length - 1); k >= 1; k--) {
            String head = String.join(" ", Arrays.copyOfRange(tokens, 0, k));
            if (phrases.isWhole(GREETING, TextFold.words(head))) {
                int greetingEnd = k + addresseeAfter(tokens, k, phrases);
                String rest = stripped.substring(endOfToken(stripped, greetingEnd));
                String question = LEADING_PUNCTUATION.matcher(rest).replaceFirst("");
                return question.isEmpty() ? text : question;
            }
        }
        return text;
    }

    /** How many tokens from {@code from} name whom a greeting is to ("Hej hjælper", "Hej med jer"): none, one or two. */
    private static int addresseeAfter(String[] tokens, int from, Phrases phrases) {
        for (int m = Math.min(MAX_ADDRESSEE_WORDS, tokens.length - from - 1); m >= 1; m--) {
            String words = TextFold.words(String.join(" ", Arrays.copyOfRange(tokens, from, from + m)));
            if (phrases.isWhole(GREETING_ADDRESSEE, words)) {
                return m;
            }
        }
        return 0;
    }

    /** Where the {@code count}-th token (a run of non-space characters) of {@code text} ends. */
    private static int endOfToken(String text, int count) {
        Matcher token = TOKEN.matcher(text);
        int end = 0;
        for (int i = 0; i < count && token.find(); i++) {
            end = token.end();
        }
        return end;
    }

    private String withoutGreeting(String text) {
        return withoutGreeting(text, phrases);
    }

    /**
     * What the privacy guard removed says nothing to the matcher. Spaces are made one; a line break stays one, as it
     * ends a sentence ("Hej hjælper\n• Vi ved ikke, hvor hun skal logge ind\n• Vi kender heller ikke hendes brugernavn").
     */
    static String withoutRedactions(String text) {
        String unmasked = text.contains(Redactor.MASK) ? REDACTED.matcher(text).replaceAll(" ") : text;
        return WHITESPACE.matcher(unmasked).replaceAll(space -> space.group().indexOf('\n') >= 0 ? "\n" : " ").strip();
    }
}
