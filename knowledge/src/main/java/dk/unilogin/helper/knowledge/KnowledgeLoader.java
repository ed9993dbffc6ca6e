package dk.unilogin.helper.knowledge;

import dk.unilogin.helper.knowledge.markdown.Guide;
import dk.unilogin.helper.knowledge.markdown.GuideFile;
import dk.unilogin.helper.knowledge.markdown.GuideFiles;
import dk.unilogin.helper.knowledge.markdown.GuideReader;
import dk.unilogin.helper.knowledge.search.GuideIndex;
import dk.unilogin.helper.knowledge.search.MatchingLists;
import dk.unilogin.helper.knowledge.search.MatcherSettings;
import dk.unilogin.helper.knowledge.search.PassageMatcher;
import dk.unilogin.helper.knowledge.search.PassageRoles;
import dk.unilogin.helper.knowledge.search.UniloginWorks;
import dk.unilogin.helper.knowledge.search.RequiredWords;
import java.nio.file.Path;
import java.util.List;
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
        return build(GuideFiles.fromClasspath(BUNDLED_ROOT));
    }

    /** A guide folder on disk with the same layout, e.g. one that school staff edit. */
    public static KnowledgeBase load(Path dir) {
        return build(GuideFiles.fromDirectory(dir), MatchingLists.fromDirectory(dir));
    }

    static KnowledgeBase build(List<GuideFile> files) {
        return build(files, MatchingLists.bundled());
    }

    /** The bundled guide files with other settings: for tuning runs. */
    static KnowledgeBase build(List<GuideFile> files, MatcherSettings settings) {
        return build(files, MatchingLists.bundled().withSettings(settings));
    }

    static KnowledgeBase build(List<GuideFile> files, MatchingLists lists) {
        Guide guide = new GuideReader().read(files);
        GuideIndex index = GuideIndex.build(guide, lists);
        Set<String> ids = guide.of(Language.DA).stream().map(Passage::id).collect(Collectors.toSet());
        RequiredWords required = RequiredWords.parse(lists.requiredWords(), index, ids, lists.ownRequiredWords());
        PassageRoles roles = PassageRoles.parse(PassageRoles.BUNDLED, lists.passageRoles(), ids, lists.ownPassageRoles());
        UniloginWorks works = UniloginWorks.parse(UniloginWorks.BUNDLED, lists.uniloginWorks(), ids, lists.ownUniloginWorks());
        return new GuideKnowledgeBase(guide, new PassageMatcher(index, lists, required, roles, works));
    }
}
