package dk.unilogin.helper.knowledge.markdown;

import dk.unilogin.helper.knowledge.Passage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Parses one passage file (front matter + Markdown body) into a {@link Passage}. */
public final class PassageFileParser {

    public ParsedPassage parse(GuideFile file) {
        List<String> lines = file.text().lines().toList();
        FrontMatter fm = new FrontMatterParser(file.source()).parse(lines);
        int bodyIndex = fm.bodyLine() - 1;
        List<String> bodyLines = bodyIndex < lines.size() ? lines.subList(bodyIndex, lines.size()) : List.of();
        PassageBody body = new PassageBodyParser(file.source()).parse(bodyLines, fm.bodyLine());

        Set<String> related = new LinkedHashSet<>();
        List<Located> referenced = new ArrayList<>(fm.related());
        referenced.addAll(body.references());
        for (Located ref : referenced) {
            if (!ref.value().equals(fm.id().value())) {
                related.add(ref.value());
            }
        }
        Passage passage = new Passage(
                fm.id().value(), file.language(), fm.title(), fm.audience(),
                body.intro(), body.steps(), body.notes(), body.outcome(), body.links(),
                List.copyOf(related), fm.examples(), file.source(), fm.roles());
        return new ParsedPassage(passage, fm.order(), fm.id().line(), referenced);
    }
}
