package io.newsflow.common.ninjs;

/** ninjs publication status; anything but {@link #USABLE} is a retraction downstream must honour. */
public final class PubStatus {
    public static final String USABLE = "usable";
    public static final String WITHHELD = "withheld";
    public static final String CANCELED = "canceled";

    private PubStatus() {
    }

    public static boolean isRetraction(String pubStatus) {
        return WITHHELD.equals(pubStatus) || CANCELED.equals(pubStatus);
    }
}
