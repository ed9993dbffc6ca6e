package dk.unilogin.helper.app.web.api;

import java.util.List;

/** The bot's replies to one posted activity, in order. */
public record ActivitiesResponse(List<ActivityView> activities) {
}
