package dk.unilogin.helper.knowledge;

import dk.unilogin.helper.knowledge.markdown.Guide;
import dk.unilogin.helper.knowledge.markdown.GuideFile;
import dk.unilogin.helper.knowledge.markdown.GuideFiles;
import dk.unilogin.helper.knowledge.markdown.GuideReader;
import dk.unilogin.helper.knowledge.search.DeviceLogins;
import dk.unilogin.helper.knowledge.search.GuideIndex;
import dk.unilogin.helper.knowledge.search.MatchingLists;
import dk.unilogin.helper.knowledge.search.MatcherSettings;
import dk.unilogin.helper.knowledge.search.NamedErrors;
import dk.unilogin.helper.knowledge.search.PassageMatcher;
import dk.unilogin.helper.knowledge.search.PassageRoles;
import dk.unilogin.helper.knowledge.search.UniloginWorks;
import dk.unilogin.helper.knowledge.search.RequiredWords;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads the guide's passage files, validates them as a set and indexes them. The layout,
 * on the class path ({@code guide/}) or on disk, is {@code da/<id>.md} and {@code en/<id>.md};
 * a folder on disk may also hold its own matching lists ({@link MatchingLists}).
 * Malformed content throws {@link KnowledgeFormatException} naming the file and line.
 */
public final class KnowledgeLoader {
    static final String BUNDLED_ROOT = "guide";

    private KnowledgeLoader() {
    }

    /** The guide shipped inside the application. */
    public static KnowledgeBase loadBundled() {
        return loadBundled(ExtraExamples.NONE);
    }

    /** The guide shipped inside the application, with extra example questions merged in. */
    public static KnowledgeBase loadBundled(ExtraExamples extras) {
        return build(GuideFiles.fromClasspath(BUNDLED_ROOT), MatchingLists.bundled(), extras);
    }

    /** A guide folder on disk with the same layout, e.g. one that school staff edit. */
    public static KnowledgeBase load(Path dir) {
        return load(dir, ExtraExamples.NONE);
    }

    /** A guide folder on disk, with extra example questions merged in. */
    public static KnowledgeBase load(Path dir, ExtraExamples extras) {
        return build(GuideFiles.fromDirectory(dir), MatchingLists.fromDirectory(dir), extras);
    }

    static KnowledgeBase build(List<GuideFile> files) {
        return build(files, MatchingLists.bundled());
    }

    /** The bundled guide files with other settings: for tuning runs. */
    static KnowledgeBase build(List<GuideFile> files, MatcherSettings settings) {
        return build(files, MatchingLists.bundled().withSettings(settings));
    }

    static KnowledgeBase build(List<GuideFile> files, MatchingLists lists) {
        return build(files, lists, ExtraExamples.NONE);
    }

    /** The guide of {@code files} with {@code extras} merged in, matched with {@code lists} (and their settings). */
    static KnowledgeBase build(List<GuideFile> files, MatchingLists lists, ExtraExamples extras) {
        Guide guide = withExtraExamples(new GuideReader().read(files), extras.byPassage());
        GuideIndex index = GuideIndex.build(guide, lists);
        Set<String> ids = guide.of(Language.DA).stream().map(Passage::id).collect(Collectors.toSet());
        RequiredWords required = RequiredWords.parse(lists.requiredWords(), index, ids, lists.ownRequiredWords());
        PassageRoles roles = PassageRoles.parse(PassageRoles.BUNDLED, lists.passageRoles(), ids, lists.ownPassageRoles());
        UniloginWorks works = UniloginWorks.parse(UniloginWorks.BUNDLED, lists.uniloginWorks(), ids, lists.ownUniloginWorks());
        NamedErrors errors = NamedErrors.parse(NamedErrors.BUNDLED, lists.namedErrors(), ids, lists.ownNamedErrors());
        return new GuideKnowledgeBase(guide, new PassageMatcher(index, lists, required, roles, works, errors,
                DeviceLogins.bundled(ids)));
    }

    /**
     * The guide with extra examples added to its Danish passages (the index holds both
     * languages together, so one copy is enough); unknown ids and repeats are skipped.
     */
    static Guide withExtraExamples(Guide guide, Map<String, List<String>> extras) {
        if (extras.isEmpty()) {
            return guide;
        }
        Map<Language, List<Passage>> passages = new EnumMap<>(guide.passages());
        passages.put(Language.DA, guide.of(Language.DA).stream().map(p -> {
            List<String> more = extras.getOrDefault(p.id(), List.of());
            if (more.isEmpty()) {
                return p;
            }
            Set<String> examples = new LinkedHashSet<>(p.examples());
            more.stream().filter(e -> e != null && !e.isBlank()).map(String::strip).forEach(examples::add);
            return new Passage(p.id(), p.language(), p.title(), p.audience(), p.intro(), p.steps(), p.notes(),
                    p.outcome(), p.links(), p.related(), List.copyOf(examples), p.source(), p.roles());
        }).toList());
        return new Guide(passages);
    }
}
