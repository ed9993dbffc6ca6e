package dk.unilogin.helper.knowledge.markdown;

import dk.unilogin.helper.knowledge.ConversationRoles;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import dk.unilogin.helper.knowledge.Language;
import dk.unilogin.helper.knowledge.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses every passage file and checks the set as a whole: ids unique per language, every
 * referenced id known, every id present in every language, the conversation's roles in place
 * (one last stop, at least one topic, the same roles in every language). The first problem
 * found fails the whole read, naming its file and line.
 */
public final class GuideReader {
    private final PassageFileParser parser = new PassageFileParser();

    public Guide read(List<GuideFile> files) {
        Map<Language, Map<String, ParsedPassage>> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            byLanguage.put(language, new LinkedHashMap<>());
        }
        for (GuideFile file : files) {
            ParsedPassage parsed = parser.parse(file);
            Map<String, ParsedPassage> known = byLanguage.get(file.language());
            ParsedPassage earlier = known.putIfAbsent(parsed.passage().id(), parsed);
            if (earlier != null) {
                throw new KnowledgeFormatException(file.source(), parsed.idLine(), "duplicate id '"
                        + parsed.passage().id() + "', already used by " + earlier.passage().source());
            }
        }
        for (Map<String, ParsedPassage> passages : byLanguage.values()) {
            checkReferences(passages);
        }
        checkEveryLanguageHasEveryId(byLanguage);
        checkConversationRoles(byLanguage);

        Map<Language, List<Passage>> ordered = new EnumMap<>(Language.class);
        byLanguage.forEach((language, passages) -> {
            List<ParsedPassage> list = new ArrayList<>(passages.values());
            list.sort(Comparator.comparingInt(ParsedPassage::order).thenComparing(p -> p.passage().id()));
            ordered.put(language, list.stream().map(ParsedPassage::passage).toList());
        });
        return new Guide(ordered);
    }

    private static void checkReferences(Map<String, ParsedPassage> passages) {
        for (ParsedPassage parsed : passages.values()) {
            for (Located ref : parsed.referencedIds()) {
                if (!passages.containsKey(ref.value())) {
                    throw new KnowledgeFormatException(parsed.passage().source(), ref.line(),
                            "unknown passage id '" + ref.value() + "'");
                }
            }
        }
    }

    private static void checkEveryLanguageHasEveryId(Map<Language, Map<String, ParsedPassage>> byLanguage) {
        for (Language language : Language.values()) {
            for (ParsedPassage parsed : byLanguage.get(language).values()) {
                for (Language other : Language.values()) {
                    if (!byLanguage.get(other).containsKey(parsed.passage().id())) {
                        throw new KnowledgeFormatException(parsed.passage().source(), parsed.idLine(),
                                "passage '" + parsed.passage().id() + "' has no " + other.code()
                                        + " version (expected " + other.code() + "/" + parsed.passage().id() + ".md)");
                    }
                }
            }
        }
    }

    /**
     * The conversation leans on these: without a last stop "it did not work" would end nowhere,
     * without topics the welcome would offer nothing.
     */
    private static void checkConversationRoles(Map<Language, Map<String, ParsedPassage>> byLanguage) {
        for (Language language : Language.values()) {
            Map<String, ParsedPassage> passages = byLanguage.get(language);
            if (passages.isEmpty()) {
                continue;
            }
            String folder = language.code() + "/";
            onlyOne(passages, ConversationRoles.LeadOn.SCHOOL, "school");
            onlyOne(passages, ConversationRoles.LeadOn.CAUSES, "causes");
            if (passages.values().stream().noneMatch(p -> p.passage().roles().leadOn() == ConversationRoles.LeadOn.SCHOOL)) {
                throw new KnowledgeFormatException(folder, 1, "no passage has 'lead-on: school' (how to reach the "
                        + "school, where \"it did not work\" ends)");
            }
            if (passages.values().stream().noneMatch(p -> p.passage().roles().isTopic())) {
                throw new KnowledgeFormatException(folder, 1, "no passage has a 'topic' (the welcome's buttons)");
            }
            for (ParsedPassage parsed : passages.values()) {
                ConversationRoles roles = parsed.passage().roles();
                for (Language other : Language.values()) {
                    ParsedPassage twin = byLanguage.get(other).get(parsed.passage().id());
                    ConversationRoles theirs = twin == null ? roles : twin.passage().roles();
                    if (roles.isTopic() != theirs.isTopic() || roles.leadOn() != theirs.leadOn()
                            || roles.schoolFacts() != theirs.schoolFacts()) {
                        throw new KnowledgeFormatException(parsed.passage().source(), parsed.idLine(), "'topic', "
                                + "'lead-on' and 'school-facts' must be given alike in every language; "
                                + twin.passage().source() + " differs");
                    }
                }
            }
        }
    }

    private static void onlyOne(Map<String, ParsedPassage> passages, ConversationRoles.LeadOn role, String value) {
        List<ParsedPassage> with = passages.values().stream().filter(p -> p.passage().roles().leadOn() == role).toList();
        if (with.size() > 1) {
            ParsedPassage second = with.get(1);
            throw new KnowledgeFormatException(second.passage().source(), second.idLine(), "'lead-on: " + value
                    + "' is given to one passage only, already to " + with.get(0).passage().source());
        }
    }
}
