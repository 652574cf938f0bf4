package io.newsflow.enrich.places;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineTest {

    @Test
    void readsPlaceQualifierAndAgency() {
        assertThat(Dateline.find("Talks stall\nCARACAS, Venezuela (Reuters) - Protesters marched."))
                .contains(new Dateline("CARACAS", "Venezuela"));
        assertThat(Dateline.find("NEW YORK (AP) \u2014 Stocks fell.")).contains(new Dateline("NEW YORK", ""));
        assertThat(Dateline.find("LONDON - Rain again.")).contains(new Dateline("LONDON", ""));
    }

    @Test
    void findsNoneInOrdinaryProse() {
        assertThat(Dateline.find("The minister said on Tuesday - after a long pause - that talks would go on."))
                .isEmpty();
        assertThat(Dateline.find("Talks stall\nProtesters marched through Caracas.")).isEmpty();
    }
}
