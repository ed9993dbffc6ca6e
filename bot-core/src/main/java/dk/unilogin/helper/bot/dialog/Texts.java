package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.knowledge.Language;

/** Everything the bot itself says (the guide's passages aside), in one language. */
public interface Texts {

    static Texts of(Language language) {
        return language == Language.EN ? EnglishTexts.INSTANCE : DanishTexts.INSTANCE;
    }

    String welcome();

    String welcomeFrom(String schoolName);

    String capabilities();

    String greeting();

    String thanks();

    String goodbye();

    String identity();

    String emptyMessage();

    /** Only the first {@code maxChars} characters of a longer message were read. */
    String readTheStartOnly(int maxChars);

    String fallback();

    String fallbackAgainWithSchool(String schoolName);

    String fallbackAgainNoSchool();

    String stepByStep();

    String helpfulQuestion();

    String yes();

    String no();

    String source(String title);

    String stepHeader(int number, int total);

    String next();

    String back();

    String worked();

    String notWorked();

    String choiceQuestion();

    String workedReply();

    String notWorkedCauses();

    String notWorkedSchool();

    String nextStepCauses();

    String nextStepSchool();

    String schoolIsNext();

    String clarifyAudience();

    String clarifyWhich();

    String privacyNotice();

    String askSchool();

    String schoolNoted(String schoolName);

    String staleButton();

    String error();

    String childFollowUp();

    /** "tilbage" when there is no earlier answer to go back to. */
    String nothingToGoBackTo();

    /** Before buttons for the further topics one message asked about. */
    String alsoAsked();

    /** After the first privacy notice: something was removed once more. */
    String privacyNoticeAgain();

    /** "It still does not work" once the user has already been sent to the school. */
    String nothingMore();

    /** A bare "ok" or "ja" with nothing pending. */
    String acknowledged();

    /** "er du der?" */
    String present();

    /** Asked for a person: the bot is none, the school has people. */
    String noHumanHere();

    /** "jeg forstår ikke" mid-walk, before the step is shown again. */
    String stuckOnStep();

    /** "jeg forstår ikke" after an answer, before its first step. */
    String letUsWalk();

    /** "det virker stadig ikke" with no answer before it in this conversation. */
    String whatDoesNotWork();
}
