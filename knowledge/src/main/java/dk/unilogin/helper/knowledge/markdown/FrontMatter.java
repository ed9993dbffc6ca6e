package dk.unilogin.helper.knowledge.markdown;

import dk.unilogin.helper.knowledge.Audience;
import dk.unilogin.helper.knowledge.ConversationRoles;
import java.util.List;

/**
 * The block between the two {@code ---} lines at the top of a passage file.
 *
 * @param order    position in the guide (files are listed alphabetically, the guide is not)
 * @param roles    the passage's roles in the conversation ({@code topic}, {@code lead-on}, {@code school-facts})
 * @param bodyLine the first line after the closing {@code ---}
 */
public record FrontMatter(
        Located id,
        String title,
        Audience audience,
        int order,
        List<Located> related,
        List<String> examples,
        ConversationRoles roles,
        int bodyLine) {

    public FrontMatter {
        related = List.copyOf(related);
        examples = List.copyOf(examples);
    }
}
