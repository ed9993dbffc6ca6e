package dk.unilogin.helper.bot.reading;

import dk.unilogin.helper.knowledge.Language;

/**
 * What one message means, read once by {@link PhraseReader} before anything acts on it.
 * A reading says what was said ("ja", "tilbage", a question); what it does depends on what
 * the bot waits for: "ja" to "Hjalp det?" is feedback, "ja" on a step goes on, "ja" out of
 * the blue is small talk.
 */
public sealed interface Reading {
    Message message();

    /** A pressed button: its value names what it does and the passage (and step) it belongs to. */
    record Pressed(Message message, String value) implements Reading {
    }

    /** Nothing to read: blank, or only what the privacy guard removed. */
    record Empty(Message message) implements Reading {
    }

    /** "start forfra", "start over". */
    record Restart(Message message) implements Reading {
    }

    /** "på engelsk, tak", "in Danish". */
    record SwitchLanguage(Message message, Language language) implements Reading {
    }

    /** "kan jeg tale med et menneske?". */
    record AskForPerson(Message message) implements Reading {
    }

    /** "ja", "yes", or 👍 ({@code byEmoji}). */
    record Yes(Message message, boolean byEmoji) implements Reading {
    }

    /** "nej", "no", or 👎 ({@code byEmoji}). */
    record No(Message message, boolean byEmoji) implements Reading {
    }

    /** "ok". */
    record Ok(Message message) implements Reading {
    }

    /** "færdig", "det har jeg gjort": done with the step in hand. */
    record Done(Message message) implements Reading {
    }

    /** "hvad så?", "næste", "what now". */
    record WhatNow(Message message) implements Reading {
    }

    /** "tilbage", "previous step". */
    record Back(Message message) implements Reading {
    }

    /** "det virkede", "it worked". */
    record Worked(Message message) implements Reading {
    }

    /** "det virker stadig ikke", "it didn't work". */
    record NotWorking(Message message) implements Reading {
    }

    /** An option picked by its place, 0-based: "2", "den anden", "the first one". */
    record Pick(Message message, int index) implements Reading {
    }

    /** Greetings, thanks and the like, which need a kind word and nothing from the guide. */
    record SmallTalk(Message message, Kind kind) implements Reading {
        public enum Kind { GREETING, THANKS, GOODBYE, IDENTITY, CAPABILITIES, ACKNOWLEDGE, PRESENCE }
    }

    /** "jeg forstår ikke". */
    record Confused(Message message) implements Reading {
    }

    /** "trin for trin", "walk me through it". */
    record StepByStep(Message message) implements Reading {
    }

    /** "og hvad med min datter?": the last question again, for someone else. */
    record AudienceShift(Message message, AudienceCue audience) implements Reading {
    }

    /** Anything else: a question for the guide. */
    record Question(Message message) implements Reading {
    }
}
