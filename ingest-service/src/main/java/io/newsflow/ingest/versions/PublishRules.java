package io.newsflow.ingest.versions;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.PubStatus;

import java.util.Objects;

/**
 * Whether a version a feed offers is published, given what was last published for its id. The rules,
 * first match wins:
 * <ol>
 *     <li>nothing published yet: {@link PublishDecision#NEW}, or {@link PublishDecision#RETRACTION} when it
 *     already arrives canceled or withheld (published once, so downstream learns of it);</li>
 *     <li>same content hash, same version and same pubStatus: {@link PublishDecision#DUPLICATE};</li>
 *     <li>canceled or withheld while the last published was not: {@link PublishDecision#RETRACTION}, whatever
 *     its version says, since a withdrawal must never be lost;</li>
 *     <li>older than the last published ({@link VersionOrder}): {@link PublishDecision#STALE};</li>
 *     <li>anything else (newer, or same or unordered version with other content or status):
 *     {@link PublishDecision#UPDATE}. This includes a withheld item offered again as usable.</li>
 * </ol>
 */
public final class PublishRules {

    private PublishRules() {
    }

    public static PublishDecision decide(RawArticleEvent candidate, PublishedVersion last) {
        NinjsItem item = candidate.ninjs();
        String status = PublishedVersion.pubStatusOf(item.pubStatus());
        boolean retracted = PubStatus.isRetraction(status);
        if (last == null) {
            return retracted ? PublishDecision.RETRACTION : PublishDecision.NEW;
        }
        String lastStatus = PublishedVersion.pubStatusOf(last.pubStatus());
        if (Objects.equals(candidate.contentHash(), last.contentHash())
                && Objects.equals(item.version(), last.version()) && status.equals(lastStatus)) {
            return PublishDecision.DUPLICATE;
        }
        if (retracted && !PubStatus.isRetraction(lastStatus)) {
            return PublishDecision.RETRACTION;
        }
        if (VersionOrder.compare(item.version(), item.versionCreated(), last.version(), last.versionCreated()) < 0) {
            return PublishDecision.STALE;
        }
        return PublishDecision.UPDATE;
    }
}
