package org.vigil.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string the pages show, keyed by meaning; English here, Persian in
 * {@code messages/msg_fa.properties}. Templates use them as {@code {msg:key}}. Words for a value
 * of the record (a kind, a rating) are one message per family that picks by the value.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message("Vigil")
    String site_name();

    @Message("A verified, source-backed record of the protests of the Iranian diaspora")
    String site_tagline();

    @Message("Skip to the content")
    String skip_to_content();

    @Message("Events")
    String nav_events();

    @Message("فارسی")
    String language_other();

    @Message("fa")
    String language_other_tag();

    @Message("Read this page in Persian")
    String language_other_label();

    @Message("Protests of the Iranian diaspora, 2026")
    String home_title();

    @Message(
            "Every fact here was reported with a source, and a moderator checked it against the quoted words before it was published; two moderators when it reports violence, arrests or names a person. Every figure shows who estimated it and where they said so.")
    String home_intro();

    @Message("In numbers")
    String summary_title();

    @Message("events")
    String summary_events();

    @Message("rallies")
    String summary_rallies();

    @Message("countries")
    String summary_countries();

    @Message("cities")
    String summary_cities();

    @Message("largest attendance")
    String summary_largest();

    @Message("Filter the record")
    String filters_title();

    @Message("Country")
    String filter_country();

    @Message("Any country")
    String filter_country_any();

    @Message("Kind of event")
    String filter_kind();

    @Message("Any kind")
    String filter_kind_any();

    @Message("From (date)")
    String filter_from();

    @Message("To (date)")
    String filter_to();

    @Message("Campaign")
    String filter_campaign();

    @Message("Words")
    String filter_q();

    @Message("Show events")
    String filter_apply();

    @Message("Clear the filter")
    String filter_clear();

    @Message("There is a problem with the filter")
    String filter_invalid_title();

    @Message(
            "{#when field}{#is 'country'}Choose a country from the list{#is 'kind'}Choose a kind from the list{#is 'from'}Enter the first date as year-month-day, e.g. 2026-02-14{#is 'to'}Enter the last date as year-month-day, on or after the first date{#is 'campaign'}Enter at most 200 characters for the campaign{#is 'q'}Enter at most 200 characters to search for{#else}Check this field{/when}")
    String filter_invalid(String field);

    @Message("Download these events")
    String exports_title();

    @Message("CSV (ACLED columns)")
    String exports_csv();

    @Message("GeoJSON")
    String exports_geojson();

    @Message("Map")
    String map_title();

    @Message("Map of the events")
    String map_label();

    @Message("events on the map")
    String map_events();

    @Message("The map needs JavaScript. Every event on it is in the list below.")
    String map_without_script();

    @Message("Events per day")
    String timeline_title();

    @Message("Number of events per day, by kind, from {first} to {last}")
    String timeline_label(String first, String last);

    @Message("Events per week")
    String timeline_title_weekly();

    @Message("Number of events per week, by kind, from {first} to {last}")
    String timeline_label_weekly(String first, String last);

    @Message("Week from {day}")
    String timeline_week(String day);

    /**
     * Said before a reason the services give (in English) for refusing a value: empty in English,
     * where the reason speaks for itself.
     */
    @Message("")
    String refusal_lead_in();

    @Message("No events to plot.")
    String timeline_empty();

    @Message("{day}: {count} × {kind}")
    String timeline_bar(String day, String count, String kind);

    @Message("Events, newest first")
    String list_title();

    @Message("No event matches this filter.")
    String list_empty();

    @Message("Older events")
    String list_next();

    @Message("Back to the newest")
    String list_first();

    @Message("Kind")
    String event_kind();

    @Message("Date")
    String event_date();

    @Message("Place")
    String event_place();

    @Message("About")
    String event_concerns();

    @Message("Campaign")
    String event_campaign();

    @Message("Who")
    String event_actors();

    @Message("Related events")
    String event_relations();

    @Message("Figures")
    String figures_title();

    @Message("No figure has been approved for this event yet.")
    String figures_none();

    @Message("{low} to {high}")
    String figure_between(String low, String high);

    @Message("{low} or more")
    String figure_at_least(String low);

    @Message("up to {high}")
    String figure_up_to(String high);

    @Message("disputed")
    String disputed();

    @Message("The estimates do not overlap: the sources disagree, and each is shown below.")
    String disputed_explained();

    @Message("Estimates")
    String estimates_title();

    @Message("estimated by")
    String estimate_by();

    @Message("Quote")
    String estimate_quote();

    @Message("Source")
    String estimate_source();

    @Message("Publisher")
    String estimate_publisher();

    @Message("Publisher's rating")
    String estimate_rating();

    @Message("History of this record")
    String history_title();

    @Message("No change recorded.")
    String history_empty();

    @Message("claim")
    String history_claim();

    @Message("This event as JSON")
    String event_api();

    @Message("Page not found")
    String not_found_title();

    @Message("There is no public event at this address. It may never have been published, or it was withdrawn.")
    String not_found_text();

    @Message("Back to all events")
    String back_home();

    @Message("The record cannot be read right now")
    String unavailable_title();

    @Message("Please try again in a minute.")
    String unavailable_text();

    @Message("Every figure is traced to its sources. This site loads nothing from third parties.")
    String footer_text();

    @Message("Public API (OpenAPI)")
    String footer_api();

    @Message(
            "{#when kind}{#is 'rally'}Rally{#is 'counter_protest'}Counter-protest{#is 'attack'}Attack{#is 'threat'}Threat{#is 'restriction'}Restriction{#is 'arrest'}Arrest{#is 'petition'}Petition{#is 'official_action'}Official action{#else}Other{/when}")
    String kind(String kind);

    @Message(
            "{#when name}{#is 'attendance'}Attendance{#is 'injured'}Injured{#is 'killed'}Killed{#is 'arrested'}Arrested{#is 'signatures'}Signatures{#else}{name}{/when}")
    String figure(String name);

    @Message(
            "{#when qualifier}{#is 'exact'}{low}{#is 'about'}about {low}{#is 'over'}over {low}{#is 'at_least'}at least {low}{#is 'under'}under {high}{#is 'up_to'}up to {high}{#is 'range'}{low} to {high}{#else}{low}{/when}")
    String estimate(String qualifier, String low, String high);

    @Message(
            "{#when by}{#is 'organisers'}the organisers{#is 'police'}the police{#is 'media'}the media{#is 'officials'}officials{#else}unknown{/when}")
    String estimator(String by);

    @Message(
            "{#when rating}{#is 'reliable'}reliable{#is 'mixed'}mixed{#is 'state_affiliated'}state-affiliated{#is 'unreliable'}unreliable{#else}not rated{/when}")
    String rating(String rating);

    @Message(
            "{#when precision}{#is 'day'}to the day{#is 'month'}month only{#is 'range'}a span of days{#is 'open'}open-ended{#else}{precision}{/when}")
    String precision(String precision);

    @Message(
            "{#when precision}{#is 'venue'}exact venue{#is 'city'}city{#is 'region'}region{#is 'country'}country only{#else}{precision}{/when}")
    String place_precision(String precision);

    @Message(
            "{#when type}{#is 'follows'}follows{#is 'followed_by'}followed by{#is 'part_of'}part of{#is 'has_part'}includes{#is 'duplicate_of'}duplicate of{#else}{type}{/when}")
    String relation(String type);

    @Message(
            "{#when role}{#is 'organiser'}organiser{#is 'participant'}participant{#is 'perpetrator'}perpetrator{#is 'target'}target{#is 'authority'}authority{#is 'speaker'}speaker{#else}{role}{/when}")
    String role(String role);

    @Message(
            "{#when change}{#is 'created'}Published{#is 'updated'}Updated{#is 'field_changed'}Updated{#is 'figure_changed'}Figure updated{#is 'claim_retracted'}A claim withdrawn{#is 'merged'}Merged into another event{#is 'absorbed'}Another event merged into this one{#is 'retracted'}Retracted{#is 'rerated'}Publisher re-rated{#else}Changed{/when}")
    String change(String change);

    @Message(
            "{#when field}{#is 'kind'}kind{#is 'title'}title{#is 'date'}date{#is 'place'}place{#is 'concerns'}about{#is 'campaign'}campaign{#is 'summary'}summary{#is 'actors'}who{#is 'relations'}related events{#is 'attendance'}attendance{#is 'injured'}injured{#is 'killed'}killed{#is 'arrested'}arrested{#is 'words'}the source's words{#is 'who'}counting{#is 'name'}name{#is 'role'}role{#is 'type'}type{#is 'time'}time{#is 'scope'}scope{#is 'targets'}targeting{#is 'period'}period{#is 'count'}count{#is 'subject'}counting{#is 'eventId'}event{#is 'signatures'}signatures{#else}{field}{/when}")
    String field(String field);

    @Message(
            "{#when type}{#is 'person'}a person{#is 'organisation'}an organisation{#is 'state'}a state{#else}{type}{/when}")
    String actor_type(String type);

    @Message("{#when subject}{#is 'events'}events{#is 'cities'}cities{#is 'countries'}countries{#else}{subject}{/when}")
    String tally_subject(String subject);

    @Message("from {start}")
    String date_open(String start);

    // --- the workspaces ---------------------------------------------------------------------

    @Message("My reports")
    String nav_my_reports();

    @Message("Sign out")
    String nav_sign_out();

    @Message("My reports")
    String my_reports_title();

    @Message(
            "Every report you sent, with what the moderators decided about each of its claims and why. Only you see this page.")
    String my_reports_intro();

    @Message("You have not sent a report yet.")
    String my_reports_none();

    @Message("Report sent on {date}")
    String my_reports_report(String date);

    @Message("Your note")
    String my_reports_note();

    @Message("Claim")
    String my_reports_claim();

    @Message("Value")
    String my_reports_value();

    @Message("Status")
    String my_reports_status();

    @Message("The moderators' reasons")
    String my_reports_reasons();

    @Message("Withdraw this report")
    String my_reports_withdraw();

    @Message(
            "{#when status}{#is 'pending'}waiting for moderators{#is 'approved'}approved{#is 'rejected'}rejected{#is 'changes_requested'}changes requested{#is 'withdrawn'}withdrawn{#is 'retracted'}retracted{#is 'merged'}merged{#is 'published'}published{#else}{status}{/when}")
    String claim_status(String status);

    @Message(
            "{#when decision}{#is 'approve'}approved{#is 'reject'}rejected{#is 'request_changes'}changes requested{#else}{decision}{/when}")
    String decision_name(String decision);

    @Message("Report")
    String nav_report();

    @Message("Report an event")
    String report_title();

    @Message(
            "Paste the article or statement that reports the event, select in its text the sentence that says so, then say what happened, where and when. A moderator checks every claim against its source before it is published (two when it reports violence, arrests or names a person); your account is never shown.")
    String report_intro();

    @Message("The report was not sent: please check the marked fields")
    String report_refused();

    @Message("The source")
    String report_source();

    @Message("Address (URL) of the source")
    String report_url();

    @Message("Title of the source")
    String report_title_field();

    @Message("Publisher")
    String report_publisher();

    @Message("Language of the source")
    String report_language();

    @Message("A language tag such as fa, en or de")
    String report_language_hint();

    @Message("Text of the source")
    String report_text();

    @Message("Paste the whole text. Then select the quote in it with the mouse or your finger.")
    String report_text_hint();

    @Message("The quote")
    String report_quote();

    @Message("The exact sentence that reports the event")
    String report_exact();

    @Message("Selected in the text above; without JavaScript, paste it here exactly as it appears.")
    String report_exact_hint();

    @Message("What happened")
    String report_event();

    @Message("Kind of event")
    String report_kind();

    @Message("A short title for the event")
    String report_eventTitle();

    @Message("Date")
    String report_date();

    @Message("Country")
    String report_countryCode();

    @Message("The two-letter country code, e.g. DE for Germany")
    String report_countryCode_hint();

    @Message("City")
    String report_city();

    @Message("Attendance the source gives (at least)")
    String report_attendanceLow();

    @Message("Only if the quote states a number of people; leave empty otherwise")
    String report_attendanceLow_hint();

    @Message("A note for the moderators (optional)")
    String report_note();

    @Message("Send the report")
    String report_send();

    @Message("Thank you: your report was sent. Moderators will check it.")
    String my_reports_sent();

    @Message("Moderation queue")
    String queue_title();

    @Message("any")
    String queue_any();

    @Message("yes")
    String queue_yes();

    @Message("no")
    String queue_no();

    @Message("sensitive")
    String queue_sensitive();

    @Message("Show")
    String queue_filter();

    @Message("No claim waits with this filter.")
    String queue_empty();

    @Message("reported by")
    String queue_submitter();

    @Message("Approvals")
    String queue_approvals_title();

    @Message("A claim to decide")
    String claim_title();

    @Message("Source")
    String claim_source();

    @Message("Quote check")
    String claim_quote_check();

    @Message("Possible duplicates")
    String claim_duplicates();

    @Message("This claim")
    String claim_this();

    @Message("Your decision")
    String claim_decision();

    @Message("Reason (the contributor sees it)")
    String claim_reason();

    @Message("Record the decision")
    String claim_decide();

    @Message("The source's preserved text")
    String claim_text();

    @Message("{approvals} of {required} approvals")
    String queue_approvals(String approvals, String required);

    @Message(
            "{#when marks}{#is 0}the quote is not in this text{#is 1}marked once{#else}found {count} times: every occurrence is marked{/when}")
    String claim_marks(int marks, String count);

    @Message(
            "{#when check}{#is 'found'}the quote is in the source{#is 'not_found'}the quote is not in the source{#is 'ambiguous'}the quote occurs more than once{#is 'pending'}not checked yet{#else}not checked yet{/when}")
    String quote_check(String check);

    @Message(
            "{#when decision}{#is 'approve'}Approve{#is 'reject'}Reject{#is 'request_changes'}Ask for changes{#else}{decision}{/when}")
    String decision_action(String decision);

    // --- the workspaces, second part (contributors' and moderators' pages) ------------------

    @Message("Step 1 of 2: the source that reports the event.")
    String report_step_source();

    @Message("Step 2 of 2: select the quote in the source's text and say what happened.")
    String report_step_claim();

    @Message("The source was not registered: please check the marked fields")
    String report_source_refused();

    @Message("No registered source has this address or ID.")
    String report_source_unknown();

    @Message("Paste a source")
    String report_paste();

    @Message("Paste the whole text: Vigil keeps it as it is now, and moderators check your quote against it.")
    String report_paste_hint();

    @Message("Keep the source and continue")
    String report_paste_send();

    @Message("Or cite a source already registered")
    String report_registered();

    @Message("Find it by words from its title, its publisher or its address")
    String report_search();

    @Message("Leave it empty to see the newest. Its ID or its address in Vigil (…/api/v1/sources/3f1c…) finds it too.")
    String report_search_hint();

    @Message("Find sources")
    String report_search_send();

    @Message("Registered sources with the words")
    String report_search_found();

    @Message("The sources registered most recently")
    String report_search_newest();

    @Message("No registered source has these words. Paste the source above instead.")
    String report_search_none();

    @Message("Enter at most 200 characters to search for")
    String report_search_refused();

    @Message("Cite")
    String report_search_pick();

    @Message("registered on {date}")
    String report_search_registered(String date);

    @Message("gone or rewritten at its address")
    String report_search_deleted();

    @Message("More sources")
    String report_search_more();

    @Message("version {version}")
    String report_source_version(String version);

    @Message("Select the sentence that reports the event in the text below, with the mouse or your finger.")
    String report_select_hint();

    @Message("What the text seems to say (the form starts from it; correct anything)")
    String report_suggestions();

    @Message(
            "{#when property}{#is 'existence'}the event{#is 'date'}date{#is 'place'}place{#is 'attendance'}attendance{#is 'injured'}injured{#is 'killed'}killed{#is 'arrested'}arrested{#is 'actor'}who{#is 'summary'}summary{#is 'campaign'}campaign{#is 'relation'}related event{#is 'signatures'}signatures{#is 'kind'}kind of event{#is 'title'}title{#is 'concerns'}what it concerns{#is 'tally'}tally{#else}{property}{/when}")
    String claim_property(String property);

    @Message("Moderation")
    String nav_moderation();

    @Message("Administration")
    String nav_admin();

    @Message("Revise this claim")
    String revise_link();

    @Message("Revise a claim")
    String revise_title();

    @Message(
            "The moderators asked for changes. Correct the claim or its quote and send it again; they see every revision.")
    String revise_intro();

    @Message("The revision was not sent: please check the marked fields")
    String revise_refused();

    @Message("What the claim says")
    String revise_value();

    @Message("At least (the lowest figure the source gives)")
    String revise_low();

    @Message("At most (leave empty if the source gives no upper figure)")
    String revise_high();

    @Message("The claim (as the source states it)")
    String revise_value_text();

    @Message("Send the revision")
    String revise_send();

    @Message(
            "{#when act}{#is 'proposed'}Proposed: it takes effect when a second moderator asks for the same.{#is 'done'}Done: the public record shows it now.{#else}{/when}")
    String act_outcome(String act);

    @Message("Retract this claim")
    String retract_title();

    @Message(
            "It leaves the public record, with your reason. An event (its existence claim) needs a second moderator to ask for the same.")
    String retract_hint();

    @Message("Retract")
    String retract_send();

    @Message("propose merging")
    String merge_this();

    @Message("Merge two events")
    String merge_title();

    @Message(
            "When two public events are the same one: the first is merged into the second, which keeps its page; the first's address leads there. A second moderator confirms by asking for the same merge.")
    String merge_intro();

    @Message("The merge was not recorded")
    String merge_refused();

    @Message("The event to merge (its ID or address)")
    String merge_event();

    @Message("The event it is the same as, which stays (its ID or address)")
    String merge_into();

    @Message("This is not an event's ID or address.")
    String merge_not_an_event();

    @Message("Merge")
    String merge_send();

    @Message("Administration")
    String admin_title();

    @Message("The rating was saved.")
    String admin_rated();

    @Message("Audit log")
    String admin_audit();

    @Message("The chain is intact: {entries} entries, each sealing the one before.")
    String admin_audit_intact(String entries);

    @Message("The chain is broken at entry {first} of {entries}: an entry was changed or removed.")
    String admin_audit_broken(String entries, String first);

    @Message("Its head (keep it to check later that nothing was cut off):")
    String admin_audit_head();

    @Message(
            "Acts recorded but not chained yet: {acts}. The sequencer chains them in order after they commit; the oldest was recorded at:")
    String admin_audit_awaiting(String acts);

    @Message("Publishers and their ratings")
    String admin_publishers();

    @Message("No publisher yet.")
    String admin_no_publishers();

    @Message("Save the rating")
    String admin_rate();

    // --- the public reader: incidents with no place on a map, tallies, facts of issue 13 ----------

    @Message("{#when scope}{#is 'online'}Online{#is 'transnational'}Transnational{#else}{scope}{/when}")
    String scope(String scope);

    @Message("{scope}, targeting {targets}")
    String place_scoped(String scope, String targets);

    @Message(
            "{#when scope}{#is 'online'}online incidents{#is 'transnational'}transnational incidents{#else}{scope}{/when}")
    String summary_scope(String scope);

    @Message("Countries targeted")
    String event_targets();

    @Message("This incident happened online or across borders: it has no place on the map.")
    String scope_explained();

    @Message("Incidents with no place on a map")
    String incidents_title();

    @Message(
            "Threats, phishing and campaigns carried out online or across borders. They are counted apart from the countries and never drawn on the map.")
    String incidents_intro();

    @Message("Those that target {country}:")
    String incidents_targeting(String country);

    @Message(
            "{#when scope}{#is 'online'}All {count} online incidents{#is 'transnational'}All {count} transnational incidents{#else}All {count}{/when}")
    String incidents_all(String count, String scope);

    @Message("What sources report")
    String tallies_title();

    @Message(
            "Counts that sources give for many events at once. They are not events of this record and are never added to its numbers; each is shown beside what the record itself holds.")
    String tallies_intro();

    @Message("worldwide")
    String tally_worldwide();

    @Message(
            "{#if one}{#when subject}{#is 'cities'}city{#is 'countries'}country{#else}{#when kind}{#is 'rally'}rally{#is 'counter_protest'}counter-protest{#is 'attack'}attack{#is 'threat'}threat{#is 'restriction'}restriction{#is 'arrest'}arrest{#is 'petition'}petition{#is 'official_action'}official action{#else}event{/when}{/when}{#else}{#when subject}{#is 'cities'}cities{#is 'countries'}countries{#else}{#when kind}{#is 'rally'}rallies{#is 'counter_protest'}counter-protests{#is 'attack'}attacks{#is 'threat'}threats{#is 'restriction'}restrictions{#is 'arrest'}arrests{#is 'petition'}petitions{#is 'official_action'}official actions{#else}events{/when}{/when}{/if}")
    String tally_counts(String subject, String kind, boolean one);

    @Message("Quote and source")
    String tally_quote();

    @Message("Sources report {count}")
    String tally_reported(String count);

    @Message("the record holds {count}")
    String tally_record_holds(String count);

    @Message("See them")
    String tally_record_link();

    @Message("{count} more match: choose a country or dates to see them.")
    String tallies_more(String count);

    @Message("Local time")
    String event_time();

    @Message("{time} local time")
    String time_local(String time);

    @Message("{time} ({zone})")
    String time_zoned(String time, String zone);

    @Message(
            "{#when who}{#is 'protesters'}among protesters{#is 'police'}among police{#is 'bystanders'}among bystanders{#else}{who}{/when}")
    String figure_among(String who);

    @Message("Sources")
    String sources_title();

    @Message("None of the quotes taken from this source was found in its preserved text.")
    String source_unverified_explained();

    @Message("unverified")
    String unverified();

    @Message(
            "This quote was not found in the preserved text of its source. Two moderators approved it anyway; read it with care.")
    String unverified_explained();

    @Message("Problem types")
    String problems_title();

    @Message(
            "Every error the Vigil API answers is an RFC 9457 problem (application/problem+json) whose type is one of these addresses: a client switches on the type, and a developer who opens it reads what the problem means and what to do.")
    String problems_intro();

    @Message("All problem types")
    String problems_all();

    @Message("Type")
    String problem_type();

    @Message("HTTP status")
    String problem_status();

    @Message("What it means")
    String problem_means();

    @Message("What to do")
    String problem_todo();
}
