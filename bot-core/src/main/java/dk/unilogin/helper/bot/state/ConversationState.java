package dk.unilogin.helper.bot.state;

import dk.unilogin.helper.knowledge.Language;
import java.io.Serializable;
import java.util.Objects;

/**
 * What the bot remembers about one conversation between turns. A plain value: a store may
 * serialize it. Holds no personal data: {@code lastQuestion} is the redacted message.
 *
 * @param languageFromText     whether the language was read from the user's own words
 * @param lastPassageId        the passage last answered from, for follow-ups
 * @param lastQuestion         the redacted message that led to that answer, for follow-ups
 * @param consecutiveFallbacks how many turns in a row the bot could not answer
 * @param privacyNoticeGiven   the user has been told once not to share CPR numbers or passwords
 * @param schoolQuestionAsked  the bot has asked which school, once
 * @param awaitingSchool       the next message may name the school
 */
public record ConversationState(
        Language language,
        boolean languageFromText,
        String schoolId,
        DialogState dialog,
        String lastPassageId,
        String lastQuestion,
        int consecutiveFallbacks,
        boolean privacyNoticeGiven,
        boolean schoolQuestionAsked,
        boolean awaitingSchool) implements Serializable {

    public static final ConversationState NEW =
            new ConversationState(Language.DA, false, null, DialogState.IDLE, null, null, 0, false, false, false);

    public ConversationState {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(dialog, "dialog");
    }

    public ConversationState withLanguage(Language lang) {
        return withLanguage(lang, true);
    }

    public ConversationState withLanguage(Language lang, boolean fromText) {
        return new ConversationState(lang, fromText, schoolId, dialog, lastPassageId, lastQuestion,
                consecutiveFallbacks, privacyNoticeGiven, schoolQuestionAsked, awaitingSchool);
    }

    public ConversationState withSchool(String id) {
        return new ConversationState(language, languageFromText, id, dialog, lastPassageId, lastQuestion,
                consecutiveFallbacks, privacyNoticeGiven, schoolQuestionAsked, false);
    }

    public ConversationState withDialog(DialogState d) {
        return new ConversationState(language, languageFromText, schoolId, d, lastPassageId, lastQuestion,
                consecutiveFallbacks, privacyNoticeGiven, schoolQuestionAsked, awaitingSchool);
    }

    /** After an answer from a passage: remembers it and resets the fallback count. */
    public ConversationState answered(String passageId, String question) {
        return new ConversationState(language, languageFromText, schoolId, dialog, passageId,
                question != null ? question : lastQuestion, 0, privacyNoticeGiven, schoolQuestionAsked,
                awaitingSchool);
    }

    public ConversationState withFallback() {
        return new ConversationState(language, languageFromText, schoolId, DialogState.IDLE, lastPassageId,
                lastQuestion, consecutiveFallbacks + 1, privacyNoticeGiven, schoolQuestionAsked, awaitingSchool);
    }

    public ConversationState withFallbacksReset() {
        return new ConversationState(language, languageFromText, schoolId, dialog, lastPassageId, lastQuestion,
                0, privacyNoticeGiven, schoolQuestionAsked, awaitingSchool);
    }

    public ConversationState withPrivacyNoticeGiven() {
        return new ConversationState(language, languageFromText, schoolId, dialog, lastPassageId, lastQuestion,
                consecutiveFallbacks, true, schoolQuestionAsked, awaitingSchool);
    }

    public ConversationState withSchoolAsked() {
        return new ConversationState(language, languageFromText, schoolId, dialog, lastPassageId, lastQuestion,
                consecutiveFallbacks, privacyNoticeGiven, true, true);
    }

    public ConversationState withoutAwaitingSchool() {
        return new ConversationState(language, languageFromText, schoolId, dialog, lastPassageId, lastQuestion,
                consecutiveFallbacks, privacyNoticeGiven, schoolQuestionAsked, false);
    }

    /** Start over: forgets the dialog, keeps what the channel told (school) and the language. */
    public ConversationState restarted() {
        return new ConversationState(language, languageFromText, schoolId, DialogState.IDLE, null, null, 0,
                privacyNoticeGiven, false, false);
    }
}
