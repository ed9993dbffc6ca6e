package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The word lists that tune matching: synonyms ({@code matching/synonyms.txt}), messages outside
 * the guide ({@code matching/outside-guide.txt}), everyday words ({@code matching/everyday-words.txt})
 * passages' required words ({@code matching/required-words.txt}) and the matcher's settings
 * ({@code matching/settings.properties}).
 * They are bundled in the application; a guide folder on disk may hold its own copies at the same
 * paths, each replacing the bundled one, so that a reload picks up edited lists with the passages.
 *
 * @param synonyms      words mapped to one canonical term
 * @param outsideGuide  messages the guide does not answer
 * @param everydayWords the everyday-words file's text
 * @param storyWords    the story-words file's text: words around a question that never count against a passage
 * @param requiredWords the required-words file's text, read with the index ({@link RequiredWords})
 * @param ownRequiredWords whether that file is the guide folder's own: then every passage it names
 *                         must exist; the bundled one may name passages a folder leaves out
 * @param writerRoles   phrases that say who writes ({@code matching/writer-roles.txt})
 * @param passageRoles  the passage-roles file's text ({@link PassageRoles}), read with the guide's ids
 * @param ownPassageRoles whether that file is the guide folder's own (then every passage it names must exist)
 * @param uniloginWorks the unilogin-works file's text ({@link UniloginWorks})
 * @param ownUniloginWorks whether that file is the guide folder's own
 * @param namedErrors   the named-errors file's text ({@link NamedErrors})
 * @param ownNamedErrors whether that file is the guide folder's own
 * @param contextWords  the context-words file's text: who, when and where, which state no need
 * @param moreNeeds     the more-needs file's text: words that add a second need ("også", "also")
 * @param backReferences the back-references file's text: words by which a short question points back ("det")
 * @param needWords     the need-words file's text: words by which a sentence states a problem or a wish
 * @param turnToWords   the turn-to-words file's text: words of a closing question asking whom to turn to
 * @param outsideQuestions the outside-questions file's text ({@link OutsideQuestions}): questions the guide never answers
 * @param guideQuestions the guide-questions file's text ({@link GuideQuestions}): questions that ask
 *                       for a username, a new code or where to log in
 * @param settings      the numbers ({@code matching/settings.properties}; a folder's copy replaces the values it sets)
 */
public record MatchingLists(TermMappings synonyms, List<String> outsideGuide, String everydayWords, String storyWords,
                            String requiredWords,
                            boolean ownRequiredWords, MatcherSettings settings, WriterRoles writerRoles,
                            String passageRoles, boolean ownPassageRoles, String uniloginWorks, boolean ownUniloginWorks,
                            String namedErrors, boolean ownNamedErrors, String contextWords, String moreNeeds, String backReferences, String needWords,
                            String turnToWords, String outsideQuestions, String guideQuestions) {

    static final String CONTEXT_WORDS = "matching/context-words.txt";
    static final String MORE_NEEDS = "matching/more-needs.txt";
    static final String BACK_REFERENCES = "matching/back-references.txt";
    static final String NEED_WORDS = "matching/need-words.txt";
    static final String TURN_TO_WORDS = "matching/turn-to-words.txt";

    public MatchingLists {
        outsideGuide = List.copyOf(outsideGuide);
    }

    public static MatchingLists bundled() {
        return new MatchingLists(TermMappings.bundled(), OutsideGuide.bundled(), UnknownWords.bundledText(),
                resource(UnknownWords.STORY), resource(RequiredWords.BUNDLED), false, MatcherSettings.defaults(), WriterRoles.bundled(),
                resource(PassageRoles.BUNDLED), false, resource(UniloginWorks.BUNDLED), false,
                resource(NamedErrors.BUNDLED), false, resource(CONTEXT_WORDS),
                resource(MORE_NEEDS), resource(BACK_REFERENCES), resource(NEED_WORDS), resource(TURN_TO_WORDS),
                resource(OutsideQuestions.BUNDLED), resource(GuideQuestions.BUNDLED));
    }

    /** The same lists with other settings: for tuning runs. */
    public MatchingLists withSettings(MatcherSettings other) {
        return new MatchingLists(synonyms, outsideGuide, everydayWords, storyWords, requiredWords, ownRequiredWords, other, writerRoles,
                passageRoles, ownPassageRoles, uniloginWorks, ownUniloginWorks, namedErrors, ownNamedErrors, contextWords, moreNeeds, backReferences, needWords,
                turnToWords, outsideQuestions, guideQuestions);
    }

    /** The lists in {@code guideDir/matching/}, each file that is absent taken from the bundled set. */
    public static MatchingLists fromDirectory(Path guideDir) {
        String synonyms = readIfPresent(guideDir, TermMappings.BUNDLED);
        String outside = readIfPresent(guideDir, OutsideGuide.BUNDLED);
        String everyday = readIfPresent(guideDir, UnknownWords.BUNDLED);
        String story = readIfPresent(guideDir, UnknownWords.STORY);
        String required = readIfPresent(guideDir, RequiredWords.BUNDLED);
        String settings = readIfPresent(guideDir, MatcherSettings.BUNDLED);
        String roles = readIfPresent(guideDir, WriterRoles.BUNDLED);
        String passageRoles = readIfPresent(guideDir, PassageRoles.BUNDLED);
        String works = readIfPresent(guideDir, UniloginWorks.BUNDLED);
        String errors = readIfPresent(guideDir, NamedErrors.BUNDLED);
        String context = readIfPresent(guideDir, CONTEXT_WORDS);
        String more = readIfPresent(guideDir, MORE_NEEDS);
        String back = readIfPresent(guideDir, BACK_REFERENCES);
        String need = readIfPresent(guideDir, NEED_WORDS);
        String turnTo = readIfPresent(guideDir, TURN_TO_WORDS);
        String outsideQuestions = readIfPresent(guideDir, OutsideQuestions.BUNDLED);
        String guideQuestions = readIfPresent(guideDir, GuideQuestions.BUNDLED);
        return new MatchingLists(
                synonyms == null ? TermMappings.bundled() : TermMappings.parse(TermMappings.BUNDLED, synonyms),
                outside == null ? OutsideGuide.bundled() : OutsideGuide.parse(outside),
                everyday == null ? UnknownWords.bundledText() : everyday,
                story == null ? resource(UnknownWords.STORY) : story,
                required == null ? resource(RequiredWords.BUNDLED) : required, required != null,
                settings == null ? MatcherSettings.defaults()
                        : MatcherSettings.parse(MatcherSettings.BUNDLED, settings, MatcherSettings.defaults()),
                roles == null ? WriterRoles.bundled() : WriterRoles.parse(WriterRoles.BUNDLED, roles),
                passageRoles == null ? resource(PassageRoles.BUNDLED) : passageRoles, passageRoles != null,
                works == null ? resource(UniloginWorks.BUNDLED) : works, works != null,
                errors == null ? resource(NamedErrors.BUNDLED) : errors, errors != null,
                context == null ? resource(CONTEXT_WORDS) : context,
                more == null ? resource(MORE_NEEDS) : more,
                back == null ? resource(BACK_REFERENCES) : back,
                need == null ? resource(NEED_WORDS) : need,
                turnTo == null ? resource(TURN_TO_WORDS) : turnTo,
                outsideQuestions == null ? resource(OutsideQuestions.BUNDLED) : outsideQuestions,
                guideQuestions == null ? resource(GuideQuestions.BUNDLED) : guideQuestions);
    }

    /** A class-path resource's text; a missing one is a broken build, not a user's mistake. */
    static String resource(String name) {
        try (InputStream in = MatchingLists.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readIfPresent(Path guideDir, String relative) {
        Path file = guideDir.resolve(relative);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new KnowledgeFormatException(relative, 1, "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
