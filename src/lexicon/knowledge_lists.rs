// The name lists of `Knowledge`, one bit each, in the order their rule
// names are preferred: included (`include!`) both by `knowledge.rs`, for
// the `Kinds` constants and rule names, and by `build.rs`, which merges
// the files into the compiled-in table. Each row: the constant, its bit,
// the list file, whether its second field names the canonical form, and
// the rule name.
kinds! {
    /// Football clubs and their short names (openfootball, CC0).
    CLUB = 0, "clubs.txt", true, "club_list";
    /// North American league teams by full name and nickname (curated).
    US_TEAM = 1, "us_teams.txt", true, "team_list";
    /// Sports leagues and governing bodies (curated).
    LEAGUE = 2, "leagues.txt", true, "league_list";
    /// Listed companies and their short names (pytickersymbols, SEC).
    COMPANY = 3, "companies.txt", true, "company_list";
    /// Research, government and public bodies (ROR, CC0).
    RESEARCH_BODY = 4, "research_bodies.txt", false, "body_list";
    /// Acronyms of ROR bodies used by one body only: weak alone.
    RESEARCH_ACRONYM = 5, "research_acronyms.txt", true, "body_acronym";
    /// Political parties (Party Facts, MIT).
    PARTY = 6, "parties.txt", true, "party_list";
    /// News media and agencies (curated).
    MEDIA = 7, "media.txt", true, "media_list";
    /// News outlets (freebie, MIT).
    MEDIA_OPEN = 8, "news_outlets_open.txt", false, "media_list";
    /// Universities (Hipo, MIT).
    UNIVERSITY = 9, "universities.txt", false, "university_list";
    /// International bodies (curated).
    INTERNATIONAL = 10, "international_bodies.txt", true, "international_list";
    /// Armed groups (curated).
    ARMED_GROUP = 11, "armed_groups.txt", true, "armed_group_list";
    /// Organisations named in WordNet 3.0.
    WORDNET_ORG = 12, "wordnet_organisations.txt", false, "wordnet";
    /// People named in WordNet 3.0 ("Abraham Lincoln", "Ibsen").
    WORDNET_PERSON = 13, "wordnet_people.txt", false, "wordnet";
    /// Places named in WordNet 3.0.
    WORDNET_PLACE = 14, "wordnet_places.txt", false, "wordnet";
    /// Given names of many countries (faker, MIT).
    GIVEN_NAME = 15, "given_names_world.txt", false, "given_name_list";
    /// Surnames of many countries (faker, MIT).
    SURNAME = 16, "surnames_world.txt", false, "surname_list";
    /// AP abbreviations of US states ("Ariz.").
    STATE_ABBR = 17, "state_abbreviations.txt", true, "state_abbreviation";
    /// Towns of 1,000 people or more (GeoNames): a low-priority fallback.
    TOWN = 18, "towns.txt", false, "town_list";
    /// States, provinces and counties not in the main gazetteer (GeoNames).
    REGION = 19, "regions_world.txt", false, "region_list";
}
