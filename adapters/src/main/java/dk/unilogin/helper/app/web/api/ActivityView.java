package dk.unilogin.helper.app.web.api;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.PassageRef;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import java.util.List;
import java.util.Locale;

/**
 * A bot reply as the web chat receives it. {@code text} is light Markdown (see
 * {@code textFormat}); {@code source} names the guide passage the answer is built from, or is null.
 */
public record ActivityView(String id, String type, String text, String textFormat,
                           List<ActionView> suggestedActions, SourceView source) {

    public static ActivityView of(Activity activity) {
        return new ActivityView(activity.id(), activity.type().name().toLowerCase(Locale.ROOT), activity.text(),
                Activity.TEXT_FORMAT, activity.suggestedActions().stream().map(ActionView::of).toList(),
                SourceView.of(activity.source()));
    }

    /** A button: {@code title} is shown, {@code value} is posted back when it is pressed. */
    public record ActionView(String title, String value) {
        static ActionView of(SuggestedAction action) {
            return new ActionView(action.title(), action.value());
        }
    }

    /** The guide passage behind an answer. */
    public record SourceView(String id, String title) {
        static SourceView of(PassageRef ref) {
            return ref == null ? null : new SourceView(ref.id(), ref.title());
        }
    }
}
