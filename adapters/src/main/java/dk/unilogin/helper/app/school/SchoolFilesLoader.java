package dk.unilogin.helper.app.school;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads every {@code *.yml} / {@code *.yaml} school profile of a folder, or, when no folder
 * is configured, the examples bundled under {@code classpath:schools/}. All or nothing:
 * the first bad file fails the whole load.
 */
final class SchoolFilesLoader {

    private static final String BUNDLED = "classpath*:schools/*.yml";

    private final Path folder;

    /** @param folder the configured folder, or null for the bundled example schools */
    SchoolFilesLoader(Path folder) {
        this.folder = folder;
    }

    String describe() {
        return folder == null ? "bundled example schools (classpath:schools/)" : folder.toAbsolutePath().toString();
    }

    SchoolSet load() {
        return new SchoolSet(folder == null ? loadBundled() : loadFolder(folder));
    }

    private static List<SchoolEntry> loadFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new SchoolFormatException(folder.toString(), 1, "bot.schools.dir is not a folder");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(SchoolFilesLoader::isProfile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new SchoolFormatException(folder.toString(), 1, "cannot list the folder: " + e.getMessage());
        }
        List<SchoolEntry> entries = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                entries.add(parse(file.toString(), in));
            } catch (IOException e) {
                throw new SchoolFormatException(file.toString(), 1, "cannot read the file: " + e.getMessage());
            }
        }
        return entries;
    }

    private static List<SchoolEntry> loadBundled() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(BUNDLED);
            Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            List<SchoolEntry> entries = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    entries.add(parse("schools/" + resource.getFilename(), in));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new SchoolFormatException("classpath:schools/", 1, "cannot read the bundled schools: " + e.getMessage());
        }
    }

    private static SchoolEntry parse(String name, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(SchoolFileParser.MAX_FILE_CHARS * 4 + 1);
        if (bytes.length > SchoolFileParser.MAX_FILE_CHARS * 4) {
            throw new SchoolFormatException(name, 1, "the file is too large for a school profile");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SchoolFormatException(name, 1, "the file is not UTF-8 text");
        }
        try (Reader reader = new java.io.StringReader(text)) {
            return SchoolFileParser.parse(name, reader);
        }
    }

    private static boolean isProfile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !name.startsWith(".") && (name.endsWith(".yml") || name.endsWith(".yaml"));
    }
}
