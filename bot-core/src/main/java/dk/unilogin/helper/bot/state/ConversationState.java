package dk.unilogin.helper.bot.state;

import dk.unilogin.helper.knowledge.Language;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
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
 * @param earlierPassageIds    passages answered before the last one, most recent last, for "tilbage"
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
        boolean awaitingSchool,
        List<String> earlierPassageIds) implements Serializable {

    /** How many earlier answers "tilbage" can go back through. */
    static final int MAX_EARLIER = 5;

    public static final ConversationState NEW =
            new ConversationState(Language.DA, false, null, DialogState.IDLE, null, null, 0, false, false, false, List.of());

    public ConversationState {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(dialog, "dialog");
        earlierPassageIds = earlierPassageIds == null ? List.of() : List.copyOf(earlierPassageIds);
    }


    public ConversationState withLanguage(Language lang) {
        return withLanguage(lang, true);
    }

    public ConversationState withLanguage(Language lang, boolean fromText) {
        return new ConversationState(lang, fromText, schoolId, dialog, lastPassageId, lastQuestion,
                consecutiveFallbacks, privacyNoticeGiven, schoolQuestionAsked, awaitingSchool, earlierPassageIds);
    }

    public ConversationState withSchool(String id) {
        return new ConversationState(language, languageFromText, id, dialog, lastPassageId, lastQuestion,
                consecutiveFallbacks, privacyNoticeGiven, schoolQuestionAsked, false, earlierPassageIds);
    }

    public ConversationState withDialog(DialogState d) {
        return new ConversationState(language, languageFromText, schoolId, d, lastPassageId, lastQuestion,
                consecutiveFallbacks, privacyNoticeGiven, schoolQuestionAsked, awaitingSchool, earlierPassageIds);
    }

    /** After an answer from a passage: remembers it and resets the fallback count. */
    public ConversationState answered(String passageId, String question) {
        List<String> earlier = earlierPassageIds;
        if (lastPassageId != null && !lastPassageId.equals(passageId)) {
            List<String> grown = new ArrayList<>(earlierPassageIds);
            grown.remove(lastPassageId);
            grown.add(lastPassageId);
            earlier = grown.subList(Math.max(0, grown.size() - MAX_EARLIER), grown.size());
        }
        return new ConversationState(language, languageFromText, schoolId, dialog, passageId,
                question != null ? question : lastQuestion, 0, privacyNoticeGiven, schoolQuestionAsked,
                awaitingSchool, earlier);
    }

    /** Goes back to the answer before the last one; the caller shows it. */
    public ConversationState backToEarlier() {
        if (earlierPassageIds.isEmpty()) {
            return this;
        }
        String previous = earlierPassageIds.get(earlierPassageIds.size() - 1);
        return new ConversationState(language, languageFromText, schoolId, dialog, previous, lastQuestion, 0,
                privacyNoticeGiven, schoolQuestionAsked, awaitingSchool,
                earlierPassageIds.subList(0, earlierPassageIds.size() - 1));
    }

    /** The answer "tilbage" returns to, if any. */
    public java.util.Optional<String> earlierPassageId() {
        return earlierPassageIds.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(earlierPassageIds.get(earlierPassageIds.size() - 1));
    }

    public ConversationState withFallback() {
        return new ConversationState(language, languageFromText, schoolId, DialogState.IDLE, lastPassageId,
                lastQuestion, consecutiveFallbacks + 1, privacyNoticeGiven, schoolQuestionAsked, awaitingSchool, earlierPassageIds);
    }

    public ConversationState withFallbacksReset() {
        return new ConversationState(language, languageFromText, schoolId, dialog, lastPassageId, lastQuestion,
                0, privacyNoticeGiven, schoolQuestionAsked, awaitingSchool, earlierPassageIds);
    }

    public ConversationState withPrivacyNoticeGiven() {
        return new ConversationState(language, languageFromText, schoolId, dialog, lastPassageId, lastQuestion,
                consecutiveFallbacks, true, schoolQuestionAsked, awaitingSchool, earlierPassageIds);
    }

    public ConversationState withSchoolAsked() {
        return new ConversationState(language, languageFromText, schoolId, dialog, lastPassageId, lastQuestion,
                consecutiveFallbacks, privacyNoticeGiven, true, true, earlierPassageIds);
    }

    public ConversationState withoutAwaitingSchool() {
        return new ConversationState(language, languageFromText, schoolId, dialog, lastPassageId, lastQuestion,
                consecutiveFallbacks, privacyNoticeGiven, schoolQuestionAsked, false, earlierPassageIds);
    }

    /** Start over: forgets the dialog, keeps what the channel told (school) and the language. */
    public ConversationState restarted() {
        return new ConversationState(language, languageFromText, schoolId, DialogState.IDLE, null, null, 0,
                privacyNoticeGiven, false, false, List.of());
    }
}
