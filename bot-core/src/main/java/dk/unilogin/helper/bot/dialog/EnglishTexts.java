package dk.unilogin.helper.bot.dialog;

/** The bot's own words in English, for users who write English. */
final class EnglishTexts implements Texts {
    static final EnglishTexts INSTANCE = new EnglishTexts();

    private static final String CAN_HELP = "I can help with Unilogin: a new password for your child, "
            + "usernames for parents and pupils, the message \"No access\", where to log in, "
            + "and logging in on the school's computer.";

    public String welcome() {
        return "Hi! I am the Unilogin helper. " + CAN_HELP
                + "\nWrite your question in your own words, or pick a topic:";
    }

    public String welcomeFrom(String schoolName) {
        return "Hi! I am the Unilogin helper for " + schoolName + ". " + CAN_HELP
                + "\nWrite your question in your own words, or pick a topic:";
    }

    public String capabilities() {
        return CAN_HELP + " I answer from the official guide and can take you through it step by step."
                + "\nWrite your question, or pick a topic:";
    }

    public String greeting() {
        return "Hi! How can I help? For example, write \"my child forgot the password\".";
    }

    public String thanks() {
        return "You are welcome! Write again any time.";
    }

    public String goodbye() {
        return "Goodbye, and good luck! You can always write again.";
    }

    public String identity() {
        return "I am the Unilogin helper, a chatbot that answers from the official Unilogin guide. "
                + "I am not a person and cannot see your accounts, but I can show you the way. " + CAN_HELP;
    }

    public String readTheStartOnly(int maxChars) {
        return "Your message is long, so I have read only the first " + maxChars + " characters. "
                + "If your question comes further down, please write it again briefly.";
    }

    public String emptyMessage() {
        return "Write your question in your own words and I will help.";
    }

    public String fallback() {
        return "Sorry, I cannot answer that. " + CAN_HELP
                + " For anything else, the school is the place to ask.";
    }

    public String fallbackAgainWithSchool(String schoolName) {
        return "I still cannot find the answer. Contact " + schoolName + ", who support Unilogin:";
    }

    public String fallbackAgainNoSchool() {
        return "I still cannot find the answer. The school supports Unilogin: contact the school office "
                + "or your child's teacher. They can see your accounts; I cannot.";
    }

    public String stepByStep() {
        return "Step by step";
    }

    public String helpfulQuestion() {
        return "Did this help?";
    }

    public String yes() {
        return "Yes";
    }

    public String no() {
        return "No";
    }

    public String source(String title) {
        return "_Source: the Unilogin guide, \"" + title + "\"_";
    }

    public String stepHeader(int number, int total) {
        return "**Step " + number + " of " + total + "**";
    }

    public String next() {
        return "Next";
    }

    public String back() {
        return "Back";
    }

    public String worked() {
        return "It worked";
    }

    public String notWorked() {
        return "It did not work";
    }

    public String choiceQuestion() {
        return "Which applies to you?";
    }

    public String workedReply() {
        return "Great that it worked! Write again if there is anything else.";
    }

    public String notWorkedCauses() {
        return "Sorry to hear that. When logging in fails, the cause is usually one of these:";
    }

    public String notWorkedSchool() {
        return "Sorry to hear that. Then the school is who can help you further:";
    }

    public String nextStepCauses() {
        return "If logging in still fails, the cause is usually one of these:";
    }

    public String nextStepSchool() {
        return "The next step is the school:";
    }

    public String schoolIsNext() {
        return "The school supports Unilogin. Contact the school office or your child's teacher: "
                + "they can see your accounts and help you further.";
    }

    public String clarifyAudience() {
        return "Is it about your own login as a parent, your child's, or are you a pupil yourself?";
    }

    public String clarifyWhich() {
        return "Which of these do you mean?";
    }

    public String privacyNotice() {
        return "I removed a CPR number or a password from your message so that it is not stored. "
                + "Please never share those in a chat; you do not need them to get help.";
    }

    public String askSchool() {
        return "Which school does your child attend? Then I can give you the school's own details.";
    }

    public String schoolNoted(String schoolName) {
        return "Thank you! Here is what " + schoolName + " tells:";
    }

    public String staleButton() {
        return "That button belongs to an older message I can no longer find. Please write your question again.";
    }

    public String error() {
        return "Sorry, something went wrong on my side. Please try again in a moment.";
    }

    public String childFollowUp() {
        return "For your child:";
    }

    public String nothingToGoBackTo() {
        return "There is no earlier answer to go back to. Write your question, or choose a topic:";
    }

    public String alsoAsked() {
        return "You also asked about this. Press to see the answer:";
    }

    public String privacyNoticeAgain() {
        return "I removed a CPR number or a password from your message again. It is not stored.";
    }

    public String nothingMore() {
        return "Sorry, the guide has nothing more to suggest. The school can see your accounts and sort it out: "
                + "contact the school office or your child's teacher. Write \"start over\" to ask about something else.";
    }

    public String acknowledged() {
        return "What can I help with? Write your question in your own words, or pick a topic:";
    }

    public String present() {
        return "Yes, I am here. What can I help with?";
    }

    public String noHumanHere() {
        return "I am a chatbot and cannot put you through to a person. The school gives support on Unilogin: "
                + "contact the school office or your child's teacher. I am happy to help with the guide meanwhile.";
    }

    public String stuckOnStep() {
        return "Let us look at this step again. If you are stuck here, press \"It did not work\" and we will find another way.";
    }

    public String letUsWalk() {
        return "Let us take it one step at a time. Write \"next\" when you are ready, or \"it did not work\" if you are stuck.";
    }

    public String whatDoesNotWork() {
        return "What is it that does not work? Write, for example, what the screen says or where you are trying to "
                + "log in. Or pick a topic:";
    }
}
