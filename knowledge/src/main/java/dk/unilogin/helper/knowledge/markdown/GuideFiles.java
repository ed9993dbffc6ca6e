package dk.unilogin.helper.knowledge.markdown;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import dk.unilogin.helper.knowledge.Language;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the passage files of a guide: one folder per language ({@code da/}, {@code en/}),
 * one {@code <id>.md} file per passage, on disk or on the classpath (plain folder or jar).
 */
public final class GuideFiles {
    private static final String SUFFIX = ".md";

    private GuideFiles() {
    }

    /** Reads {@code dir/da/*.md} and {@code dir/en/*.md}. */
    public static List<GuideFile> fromDirectory(Path dir) {
        List<GuideFile> files = new ArrayList<>();
        for (Language language : Language.values()) {
            Path folder = dir.resolve(language.code());
            if (!Files.isDirectory(folder)) {
                throw new KnowledgeFormatException(folder.toString(), 1, "the guide has no folder for language '"
                        + language.code() + "'");
            }
            try (Stream<Path> listing = Files.list(folder)) {
                for (Path path : listing.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                    String source = language.code() + "/" + path.getFileName();
                    files.add(new GuideFile(source, language, decode(source, Files.readAllBytes(path))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder, e);
            }
        }
        return files;
    }

    /** Reads {@code <root>/da/*.md} and {@code <root>/en/*.md} from the class path. */
    public static List<GuideFile> fromClasspath(String root) {
        ClassLoader loader = GuideFiles.class.getClassLoader();
        List<GuideFile> files = new ArrayList<>();
        for (Language language : Language.values()) {
            String folder = root + "/" + language.code();
            for (String name : listClasspathFolder(loader, folder)) {
                String resource = folder + "/" + name;
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("resource vanished: " + resource);
                    }
                    String source = language.code() + "/" + name;
                    files.add(new GuideFile(source, language, decode(source, in.readAllBytes())));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + resource, e);
                }
            }
        }
        return files;
    }

    /** Strict UTF-8: a file saved in another encoding is named, with the line of its first bad byte. */
    private static String decode(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new KnowledgeFormatException(source, line, "the file is not UTF-8 text (save it as UTF-8)");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static List<String> listClasspathFolder(ClassLoader loader, String folder) {
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new KnowledgeFormatException("classpath:" + folder, 1, "the bundled guide has no such folder");
        }
        TreeSet<String> names = new TreeSet<>();
        try {
            if (url.getProtocol().equals("file")) {
                try (Stream<Path> listing = Files.list(Paths.get(url.toURI()))) {
                    listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX)).forEach(names::add);
                }
            } else {
                URLConnection connection = url.openConnection();
                if (!(connection instanceof JarURLConnection jar)) {
                    throw new IllegalStateException("cannot list " + url);
                }
                connection.setUseCaches(false);
                String prefix = jar.getEntryName().endsWith("/") ? jar.getEntryName() : jar.getEntryName() + "/";
                try (JarFile jarFile = jar.getJarFile()) {
                    Enumeration<JarEntry> entries = jarFile.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(prefix) && name.endsWith(SUFFIX) && name.indexOf('/', prefix.length()) < 0) {
                            names.add(name.substring(prefix.length()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + url, e);
        }
        return List.copyOf(names);
    }
}
