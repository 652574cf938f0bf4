package io.newsflow.enrich.topics;

import org.junit.jupiter.params.provider.Arguments;

import java.util.stream.Stream;

/**
 * Short news articles we wrote for the tests, one typical story per IPTC level-1 topic (the expected top topic
 * first). Invented: no text comes from a dataset or a publication.
 */
final class InventedArticles {
    /** Science and technology as the corpus knows it best: technology news. */
    static final String CHIP_HEADLINE = "Phone maker unveils faster chip and longer-lasting battery";
    static final String CHIP_BODY = "The company showed a new processor for its smartphones on Tuesday that it says "
            + "runs apps twice as fast while using less power. Engineers redesigned the chip's graphics unit and "
            + "added circuits for speech recognition that work without an internet connection. The software update "
            + "that comes with it lets users unlock the phone with their voice. Analysts said rivals would have to "
            + "answer with new devices before the holiday season.";
    /** Science in the narrow sense, which the technology-news corpus hardly covers (see the model card). */
    static final String ASTRONOMY_HEADLINE = "Astronomers spot water vapour on distant planet";
    static final String ASTRONOMY_BODY = "Astronomers using a space telescope have detected water vapour in the atmosphere of a planet orbiting a distant star, a study published on Wednesday said. The researchers measured how starlight changed as the planet passed in front of its star. The scientists said the finding would help them understand how planets form. The team plans further observations with new instruments next year.";
    /** A coup plot: politics and conflict, war and peace at once. */
    static final String COUP_HEADLINE = "Officers arrested over plot to overthrow president";
    static final String COUP_BODY = "Security forces arrested a dozen army officers accused of planning a coup "
            + "against the president, the interior minister said on Monday. The officers had allegedly tried to win "
            + "over units of the presidential guard and to seize the state broadcaster. The opposition accused the "
            + "government of using the plot to silence critics before next year's election. Troops were deployed "
            + "around parliament and the main barracks in the capital.";

    private InventedArticles() {
    }

    /** @return (expected top qcode, headline, body) for every level-1 topic */
    static Stream<Arguments> onePerTopic() {
        return Stream.of(
                Arguments.of("medtop:01000000", "Director's quiet family drama wins top prize at film festival",
                        "A slow, intimate drama about three sisters running a seaside hotel won the main prize at the city's film festival on Saturday. The jury praised the director for the performances she drew from a cast of mostly unknown actors. The film, shot over six weeks with a small crew, will open in cinemas next spring. The festival also honoured a veteran actor with a lifetime achievement award, and the closing concert drew a crowd of several thousand music fans."),
                Arguments.of("medtop:02000000", "Man charged with murder after body found in flat",
                        "Police have charged a 34-year-old man with murder after the body of a woman was found in a flat in the north of the city. Detectives said the victim had suffered head injuries and that the two were known to each other. The suspect was arrested on Tuesday evening and will appear before magistrates on Thursday. Officers have appealed for witnesses and asked neighbours to come forward with any information."),
                Arguments.of("medtop:03000000", "Dozens injured as passenger train derails near river crossing",
                        "A passenger train derailed on Wednesday morning near a river crossing, injuring at least 40 people, emergency services said. Rescue teams worked for hours to free passengers trapped in two overturned carriages. Firefighters and ambulances rushed to the scene, and the injured were taken to nearby hospitals. Investigators are examining the track and the signals to find the cause of the accident."),
                Arguments.of("medtop:04000000", "Central bank raises interest rates as inflation climbs",
                        "The central bank raised its benchmark interest rate by a quarter point on Thursday, citing inflation that has stayed above its target for a year. Economists had expected the move, and the currency gained against the dollar after the announcement. Shares in banks rose while housebuilders fell. The bank said further increases were possible if consumer prices kept rising faster than wages."),
                Arguments.of("medtop:05000000", "Schools to hire more teachers as pupil numbers grow",
                        "The education ministry will fund 2,000 new teaching posts after a sharp rise in the number of pupils starting primary school. Head teachers have warned that classes of more than 30 children make it hard to give attention to those who struggle with reading. The plan also includes extra training for teachers and a review of the national curriculum. Parents' groups welcomed the announcement but said school buildings also needed repair."),
                Arguments.of("medtop:06000000", "Factory fined after chemicals kill fish along river",
                        "A chemical plant has been fined after a spill of toxic waste polluted a river and killed thousands of fish. Environmental inspectors found that a damaged pipe had leaked pollutants into the water for several days. Conservation groups said the pollution had harmed otters and birds that feed along the banks and called for tougher rules on industrial emissions. The company said it had repaired the pipe and would pay for the clean-up of the habitat."),
                Arguments.of("medtop:07000000", "Hospitals report rise in flu cases as vaccination campaign begins",
                        "Hospitals across the region are treating a growing number of patients with influenza, health officials said on Monday. Doctors urged older people and those with chronic illnesses to get vaccinated as the annual campaign began at clinics and pharmacies. Several emergency departments said beds were full and that some planned operations had been postponed. Public health experts expect the outbreak to peak within a month."),
                Arguments.of("medtop:08000000", "Village celebrates as its oldest resident turns 110",
                        "Friends, family and neighbours gathered on Sunday to celebrate the 110th birthday of the village's oldest resident. She received a card from the king and a cake baked by the local bakery, and children from the nearby school sang to her. Asked for the secret of her long life, she said it was a daily walk, a small glass of sherry and never worrying about what others think. Her great-grandson said she still beats him at cards."),
                Arguments.of("medtop:09000000", "Dock workers strike over pay as union talks collapse",
                        "Thousands of dock workers walked out on Monday after talks between their union and port employers broke down over pay and working hours. The union said its members had been offered a raise below inflation and wanted better conditions for night shifts. Employers said the strike would disrupt shipping and called on the union to return to negotiations. The labour ministry offered to mediate the dispute."),
                Arguments.of("medtop:10000000", "Hikers and cooks flock to the mountains for autumn holidays",
                        "Holidaymakers are heading to mountain villages this autumn for walking, local food and quiet, travel agents say. Guest houses report bookings for hiking weekends, cooking classes and wine tastings well above last year. Many visitors say they want a slower kind of holiday away from crowded beaches. Some villages have opened new trails and restaurants that serve dishes made from local mushrooms and cheese."),
                Arguments.of("medtop:11000000", "Prime minister calls early election after losing vote in parliament",
                        "The prime minister called an early general election on Tuesday after her government lost a confidence vote in parliament. Opposition leaders welcomed the decision and said voters deserved a say after months of political deadlock. The coalition collapsed when a junior partner withdrew its support over the budget. Campaigning will begin next week, and the vote will be held in six weeks."),
                Arguments.of("medtop:12000000", "Pilgrims gather for Easter mass as pope calls for peace",
                        "Tens of thousands of pilgrims filled the square for Easter mass on Sunday as the pope called for prayers for those suffering around the world. Church leaders from several countries attended the service, and bishops read passages from the Bible in many languages. Worshippers had queued since dawn to enter the basilica. The celebration marks the most important feast of the Christian calendar."),
                Arguments.of("medtop:14000000", "Number of families living in poverty rises, charity warns",
                        "More families are living in poverty than a decade ago, a charity said in a report on Monday, with single parents and migrants hardest hit. The report found that many households struggle to pay for housing and food, and that discrimination keeps some groups out of work. Social workers said demand for food banks and welfare support had doubled. The charity called on the government to raise benefits and build more social housing."),
                Arguments.of("medtop:15000000", "Late goal sends champions into cup final",
                        "A header in the last minute of extra time sent the champions into the cup final on Saturday after a tense match against their city rivals. The home side had dominated the first half but the visitors' goalkeeper made a string of saves. The coach praised his players' fitness and said the team would rest before the final next month. The striker who scored the winner has now netted 20 goals this season."),
                Arguments.of("medtop:16000000", "Fighting intensifies as rebels attack army positions near border",
                        "Rebel fighters launched a fresh attack on army positions near the border overnight, killing at least a dozen soldiers, military officials said. Troops responded with artillery and air strikes on rebel bases in the hills. Thousands of civilians have fled the fighting, and aid groups warned of a growing refugee crisis. Mediators have called for a ceasefire and new peace talks between the warring sides."),
                Arguments.of("medtop:17000000", "Storm to bring heavy rain and gales, forecasters warn",
                        "Forecasters have issued a warning for heavy rain and gales as a storm moves in from the Atlantic on Friday. Winds of up to 70 miles per hour are expected on the coast, with up to 50 millimetres of rain on higher ground. Temperatures will drop sharply over the weekend, and frost is likely inland by Sunday. The weather service advised people to check the forecast before travelling."),
                Arguments.of("medtop:13000000", CHIP_HEADLINE, CHIP_BODY));
    }
}
