package cn.shequ.platform.region;

/**
 * A section another module adds to a community's page (its service-center projects, the titles it
 * holds …). A module declares a bean; the page shows each panel that has something to show.
 */
public interface CommunityPanel {

    /** Position on the page; lower first. */
    int order();

    /** The template that holds a fragment {@code panel(data)}, e.g. {@code featured/community-panel}. */
    String template();

    /** What the panel shows for the community (read within the user's scope), or null for nothing. */
    Object data(long communityId);

    /** A panel with its data, as the page renders it. */
    record Shown(String template, Object data) {
    }
}
