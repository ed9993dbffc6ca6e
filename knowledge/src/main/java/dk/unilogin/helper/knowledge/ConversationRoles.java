package dk.unilogin.helper.knowledge;

import java.util.Objects;

/**
 * What a passage does in the conversation besides answering, from its front matter:
 * {@code topic} (the label of a welcome button; passages with the same label are offered
 * together), {@code lead-on} (where "it did not work" goes) and {@code school-facts} (which of
 * the school's own facts follow the answer, and that the answer ends in the school).
 */
public record ConversationRoles(String topic, LeadOn leadOn, SchoolFacts schoolFacts) {

    /** A stop on the way from "it did not work" to the school. */
    public enum LeadOn {
        NONE,
        /** The usual causes ("Ingen adgang"): the first stop after an answer that did not work. */
        CAUSES,
        /** How to reach the school: the last stop, where every lead ends. Every guide has one. */
        SCHOOL
    }

    /** The school's facts added after the answer; any value but NONE means the answer ends in the school. */
    public enum SchoolFacts {
        NONE,
        /** The school's services and where to log in to them, and whom to ask. */
        WHERE_TO_LOG_IN,
        /** The school's notes on its computers, and whom to ask. */
        COMPUTERS,
        /** How to reach the school, and its services. */
        CONTACT,
        /** Whom to ask for access to a service. */
        SERVICE_ACCESS
    }

    public static final ConversationRoles NONE = new ConversationRoles("", LeadOn.NONE, SchoolFacts.NONE);

    public ConversationRoles {
        topic = topic == null ? "" : topic;
        Objects.requireNonNull(leadOn, "leadOn");
        Objects.requireNonNull(schoolFacts, "schoolFacts");
    }

    public boolean isTopic() {
        return !topic.isEmpty();
    }

    /** The answer, as the guide says, lies with the school. */
    public boolean endsInSchool() {
        return schoolFacts != SchoolFacts.NONE;
    }
}
