package dk.unilogin.helper.knowledge;

import java.util.List;
import java.util.Map;

/**
 * Example questions kept outside the guide's files (e.g. unanswered questions an editor
 * attached to a passage), merged into the index each time the guide is loaded or reloaded.
 * Ids the guide does not know are skipped: a passage removed from the guide takes its
 * extra examples out of use without failing the load.
 */
@FunctionalInterface
public interface ExtraExamples {

    ExtraExamples NONE = Map::of;

    /** Extra example questions by passage id; read afresh at every load. */
    Map<String, List<String>> byPassage();
}
