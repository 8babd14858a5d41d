"""Small inline cases for each detector and reader of the seed parser."""

from __future__ import annotations

import pytest

from articles.seedparser import detectors as d
from articles.seedparser import labels as lb
from articles.seedparser import parse_seed
from articles.seedparser.dates import date_line, find_date, is_reading_time, is_relative_time
from articles.seedparser.model import Heading, ListBlock, Paragraph, Related
from articles.seedparser.people import (
    bare_byline,
    bio_subject,
    caseless_byline,
    cjk_dateline_byline,
    explicit_byline,
    handles_in,
    is_broadcaster_name,
    is_credit,
    is_job_opened_bio,
    links_in,
    names_speaker,
    same_person,
    speaker_turn,
    surname_bio,
)
from articles.seedparser.quotes import NameIndex, inline_quotes, pull_quote
from articles.seedparser.text import clean, ends_sentence, is_prose, without_pictograms, word_count
from articles.seedparser.widgets import (
    pipe_table,
    split_item_date,
    tag_items,
    teaser_groups,
    teaser_items,
)

BODY = (
    "The council met on Monday to discuss the budget for the coming year, officials said.\n"
    "Members agreed to postpone the vote until the auditors had finished their report.\n"
)


def _parse(text: str):
    return parse_seed(text, source="inline.txt")


# Bylines and credits


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Ana Lima, Bob Stone and Carla Diaz", ["Ana Lima", "Bob Stone", "Carla Diaz"]),
        ("By Jane Doe, Senior Correspondent", ["Jane Doe"]),
        ("By Jane Doe in Kabul", ["Jane Doe"]),
        ("Posted by Jane Doe on March 3, 2024", ["Jane Doe"]),
        ("By JANE DOE | 3 March 2024", ["Jane Doe"]),
        ("Written by Jane Doe for The Herald", ["Jane Doe"]),
        ("By Jane Doe, CNN", ["Jane Doe"]),
        ("By Jane Doe, The Associated Press", ["Jane Doe"]),
        ("By Reuters", ["Reuters"]),
        ("Posted on October 2, 2024 by Irfan Bhat", ["Irfan Bhat"]),
    ],
)
def test_byline_shapes_give_the_names_only(line, names):
    assert explicit_byline(line) == names


def test_sentence_starting_with_by_is_not_a_byline():
    assert explicit_byline("By the end of the week, the talks had collapsed.") is None


def test_bare_name_line_with_job_title_is_a_byline():
    assert bare_byline("Kamal Reza, Senior Correspondent") == ["Kamal Reza"]
    assert bare_byline("Emeka Okafor, Ministry Spokesperson") == ["Emeka Okafor"]
    assert bare_byline("Emeka Okafor, the spokesperson, said the talks had ended.") is None


@pytest.mark.parametrize("line", ["Middle East", "South Africa", "UN peacekeepers", "Cooperation"])
def test_labels_and_countries_are_not_bare_bylines(line):
    assert bare_byline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Jane Doe; Editing by Mark Heinrich",
        "Additional reporting by Sami Haddad in Beirut",
        "Edited by John Roe",
        "(Writing by Jane Doe; editing by Alex Richardson)",
        "Thanks to our editor, Will Brandt, and producer Nia Coleman.",
    ],
)
def test_wire_credits_are_recognised(line):
    assert is_credit(line)


def test_thanks_to_producers_in_a_sentence_is_no_credit():
    assert not is_credit("Thanks to producers in Brazil, coffee prices fell by a third.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Charts and data analysis by Jonah Weiss. Edited by Ruth Adeyemi.", True),
        ("Illustrations by Mia Chen", True),
        ("Charts by themselves tell little about how the debt is financed.", False),
    ],
)
def test_a_data_desks_chart_credit_is_a_credit(line, expected):
    assert is_credit(line) is expected


def test_credit_lines_do_not_become_authors():
    article = _parse("Council delays the budget vote\nBy Jane Doe\n" + BODY + "Editing by Al Roe")
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.credits == ("Editing by Al Roe",)


# Bios


def test_bio_subject_is_the_name_opening_a_journalist_bio():
    line = "Arshad Mehmood is a conflict zone journalist covering Afghanistan."
    assert bio_subject(line) == "Arshad Mehmood"


def test_paragraph_about_a_politician_is_not_a_bio():
    assert bio_subject("Ken McCallum is the head of MI5 and warned of sabotage.") is None


def test_bio_spelling_variant_is_an_alias():
    assert same_person("Arshad Mahmood", "Arshad Mehmood")
    assert not same_person("Arshad Mahmood", "Jack Sullivan")


def test_bio_links_drop_the_closing_parenthesis_and_handles_skip_emails():
    text = "(https://themedialine.org/) or mail jd@example.org, or @RajaAajtv."
    assert links_in(text) == ["https://themedialine.org/"]
    assert handles_in(text) == ["@RajaAajtv"]


def test_site_describing_itself_on_the_last_line_is_no_bio():
    text = (
        "Council delays the budget vote - Lakeside Post\nCouncil delays the budget vote\n"
        "By Ana Gonzalez\n" + BODY + "About Us\nContact Us\n"
        "Lakeside Post is the English-language news website of the Lakeside Media Group\n"
        "© 2025 Lakeside Post. All rights reserved.\n"
    )
    article = _parse(text)
    assert article.authors[0].bio is None
    assert any("\nLakeside Post is the English" in e.text for e in article.discarded)


def test_bio_at_the_bottom_attaches_to_the_byline_author_with_alias():
    text = (
        "Council delays the budget vote\nBy Ana Gonzalez\n"
        + BODY
        + "Ana González is a reporter covering city hall. Follow her at @anag.\n"
    )
    (author,) = _parse(text).authors
    assert author.aliases == ("Ana González",)
    assert author.handles == ("@anag",)


def test_author_box_over_the_headline_gives_the_byline_and_its_job_title():
    text = (
        "Council delays the budget vote - Lakeside Post\nNews\nSport\nOpinion\n"
        "Dr Ana Gonzalez\nSenior Analyst, City Hall and Regional Budgets\n"
        "Ana Gonzalez is a senior analyst covering city hall. She previously worked for the "
        "regional audit office. Follow her on X at @anag.\n"
        "Council delays the budget vote\n" + BODY
    )
    article = _parse(text)
    assert [a.name for a in article.authors] == ["Ana Gonzalez"]
    discarded = {e.text: e.reason for e in article.discarded}
    assert not any("Dr Ana Gonzalez" in t for t in discarded)
    assert discarded["Senior Analyst, City Hall and Regional Budgets"] == "author's job title"


# Dates


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("October 14, 2024", "2024-10-14", None),
        ("Published 3 March 2024", "2024-03-03", None),
        ("Updated: 4 Mar 2024 10:32 GMT", None, "2024-03-04"),
        ("March 3, 2024 10:32 AM EST | Updated March 4, 2024", "2024-03-03", "2024-03-04"),
        ("2024-03-03T10:00:00Z", "2024-03-03", None),
        ("03/04/2024", "2024-04-03", None),
        ("04/13/2024", "2024-04-13", None),
        ("Last modified: 12.05.2023 14:02", None, "2023-05-12"),
        ("Monday, 14th October 2024", "2024-10-14", None),
        ("Sept. 14, 2024, 6:00 a.m. ET", "2024-09-14", None),
    ],
)
def test_date_lines_in_common_formats(line, published, updated):
    parsed = date_line(line)
    assert (parsed.published, parsed.updated) == (published, updated)


@pytest.mark.parametrize(
    ("line", "iso"),
    [("14. März 2024", "2024-03-14"), ("3 de marzo de 2024", "2024-03-03")],
)
def test_dates_in_other_languages_go_through_dateparser(line, iso):
    assert date_line(line).published == iso


def test_impossible_dates_are_ignored():
    assert date_line("31 February 2024") is None


def test_sentence_with_a_date_is_not_a_date_line():
    assert date_line("On October 1, 2024, Iran launched missile strikes on Israel.") is None
    assert find_date("On October 1, 2024, Iran launched") == "2024-10-01"


@pytest.mark.parametrize("line", ["5 min read", "Reading time: 4 minutes", "12 minute read"])
def test_reading_time_lines(line):
    assert is_reading_time(line)


def test_updated_date_never_becomes_published():
    article = _parse("Council delays the budget vote\nUpdated: 4 March 2024\n" + BODY)
    assert article.published is None
    assert article.updated == "2024-03-04"


def test_dateline_stays_in_the_first_paragraph():
    text = (
        "Council delays the budget vote\n"
        "KABUL, Afghanistan (AP) — The council met on Monday to discuss the budget for the year.\n"
    )
    assert _parse(text).blocks[0].text.startswith("KABUL, Afghanistan (AP) — ")


# Chrome and furniture


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.is_skip_link, "Skip to main content"),
        (d.is_chrome_word, "Log in"),
        (d.is_menu_row, "Home | World | Politics | Sport"),
        (d.is_share_row, "Facebook Twitter WhatsApp Email"),
        (d.is_share_row, "Download PDF"),
        (d.is_ad_marker, "Advertisement"),
        (d.is_ad_marker, "Story continues below advertisement"),
        (d.is_back_to_top, "Back to top"),
        (d.is_copyright, "© 2024 Daily Courier. All rights reserved."),
        (d.is_footer_link, "Privacy Policy"),
        (d.is_cookie_notice, "This website uses cookies to improve your experience."),
        (d.is_newsletter_box, "Sign up for our daily briefing newsletter"),
        (d.is_paywall, "Subscribe to continue reading. Already a subscriber? Log in"),
        (d.is_paywall, "Subscribe to Meridian Affairs to read the rest of this article."),
        (d.is_paywall, "Get unlimited access to Meridian Affairs, including the archive."),
        (d.is_subscription_line, "$49.95 for one year"),
        (d.is_subscription_line, "Give a gift subscription"),
        (d.is_share_row, "Listen Share & Download Print Save"),
        (d.is_image_credit, "Residents wade through a flooded street. (Reuters)"),
        (d.is_image_credit, "Photo: Getty Images"),
        (d.is_image_credit, "Image credit: NASA"),
        (d.is_image_credit, "Growers at the harvest. Luis Ramírez/AFP via Getty Images"),
    ],
)
def test_furniture_detectors_claim_their_lines(detector, line):
    assert detector(line)


@pytest.mark.parametrize(
    "detector",
    [d.is_menu_row, d.is_share_row, d.is_cookie_notice, d.is_image_credit, d.is_paywall],
)
def test_furniture_detectors_leave_article_prose_alone(detector):
    assert not detector(
        "LONDON (Reuters) - Britain's economy grew faster than expected in the third quarter, "
        "official figures showed on Friday."
    )


def test_subscription_offer_is_not_a_sentence_about_subscribers():
    assert not d.is_paywall("Subscribers to the service said they would get unlimited access.")
    assert not d.is_paywall("Netflix raised the price of a subscription in Europe on Monday.")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Transcript", "Spokesperson's Press Briefing – October 9, 2025", "October 9, 2025"],
            Related("Spokesperson's Press Briefing – October 9, 2025", "2025-10-09", "Transcript"),
        ),
        (
            ["Transcript", "Spokesperson's Press Briefing – October 9, 2025"],
            Related("Spokesperson's Press Briefing", "2025-10-09", "Transcript"),
        ),
    ],
)
def test_date_in_a_teaser_title_stays_when_the_card_prints_its_own(lines, expected):
    assert [rel for rel, _ in teaser_items(lines)] == [expected]


def test_teaser_byline_between_title_and_date_is_not_a_teaser():
    lines = ["Russia’s Caspian Ambitions", "Dmitri Alperovich", "October 7, 2025"]
    assert [rel for rel, _ in teaser_items(lines)] == [
        Related("Russia’s Caspian Ambitions", "2025-10-07", None)
    ]


def test_writers_names_over_teaser_titles_are_not_their_sections():
    lines = [
        "Jane Roe",
        "The Baltic states are right to be nervous",
        "Marco Quintero-Lind",
        "What the juntas want from Moscow",
    ]
    assert [rel for rel, _ in teaser_items(lines)] == [
        Related("The Baltic states are right to be nervous", None, None),
        Related("What the juntas want from Moscow", None, None),
    ]


def test_section_labels_over_teaser_titles_stay_their_sections():
    lines = ["World", "Storm cuts power to the coast", "Business", "Rates held for a third month"]
    assert [rel.section for rel, _ in teaser_items(lines)] == ["World", "Business"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Comments are closed for opinion pieces.", True),
        ("Comments are closed on all columns", True),
        ("Comments are closed for opinion pieces because readers abused them.", False),
    ],
)
def test_comments_closed_for_a_kind_of_piece(line, expected):
    assert d.is_comments_closed(line) is expected


def test_a_papers_service_links_between_footer_lines_are_one_footer():
    footer = [
        "Contact Us | Advertise | Privacy Policy | Terms of Use",
        "Subscribe to the print edition",
        "Place a classified ad",
        "Submit a letter to the editor",
        "© 2025 The Valley Courier, 212 Mill Street, Springfield",
    ]
    text = "Council delays the budget vote\n" + BODY + "\n".join(footer) + "\n"
    assert "\n".join(footer) in {entry.text for entry in _parse(text).discarded}


def test_a_bio_with_an_appositive_after_the_name_names_its_subject():
    line = (
        "Jane Roe, a former ambassador to NATO, is a senior fellow at the Institute for "
        'Security. She is the author of "The Borrowed Shield."'
    )
    assert bio_subject(line) == "Jane Roe"


def test_a_name_over_an_opinion_headline_confirmed_by_the_closing_bio_is_the_author():
    text = (
        "Opinion\n"
        "Jane Roe\n"
        "Europe cannot keep renting its security\n"
        + BODY
        + "Jane Roe, a former ambassador to NATO, is a senior fellow at the Institute for "
        'Security. She is the author of "The Borrowed Shield."\n'
    )
    article = _parse(text)
    assert [a.name for a in article.authors] == ["Jane Roe"]
    assert article.authors[0].bio.startswith("Jane Roe, a former ambassador")
    assert article.section == "Opinion"


def test_capitalised_standfirst_right_under_the_headline_is_kept():
    dek = "Astana Can No Longer Please Moscow, Beijing, and Washington at Once"
    article = _parse("Kazakhstan’s balancing act runs out of room\n" + dek + "\n" + BODY)
    assert article.blocks[0] == Paragraph(dek)


def test_bio_printing_the_byline_in_capitals_adds_no_alias():
    text = "Council delays the budget vote\nBy Aigerim Sadykova\n" + BODY
    text += "AIGERIM SADYKOVA is a Senior Fellow at the Lindenwald Institute.\n"
    (author,) = _parse(text).authors
    assert author.aliases == ()


def test_caption_in_another_script_is_discarded():
    assert d.is_foreign_caption(
        "est100 一些攝影(some photos): Vladimir Putin, 2013. 普丁/ 普京", "LATIN"
    )
    assert not d.is_foreign_caption("Vladimir Putin met Masoud Pezeshkian on Friday.", "LATIN")


@pytest.mark.parametrize(
    ("line", "last"),
    [
        ("Home › World › Asia", "Asia"),
        ("News > Middle East", "Middle East"),
        ("Home / Essays / Diplomacy", "Diplomacy"),
        ("Home » Business", "Business"),
    ],
)
def test_breadcrumbs_in_their_usual_separators(line, last):
    assert d.breadcrumb_parts(line)[-1] == last


def test_section_is_the_label_nearest_the_title():
    text = "Daily Courier\nWorld\nCouncil delays the budget vote\n" + BODY
    assert _parse(text).section == "World"


_KUWAIT = "Kuwait caps desalination output as summer demand breaks records"


@pytest.mark.parametrize(
    "masthead",
    [
        "The Gulf Courier\nNews\nOpinion\nPodcasts\nIndependent journalism since 1921\n",
        "The Gulf Courier\nIndependent journalism since 1921\n",
        "Your window on the Gulf\n",
    ],
)
def test_motto_over_the_headline_is_the_mastheads(masthead):
    article = _parse(masthead + _KUWAIT + "\nBy Jane Doe\n" + BODY)
    assert (article.title, article.section) == (_KUWAIT, None)


@pytest.mark.parametrize(
    ("top", "title", "section"),
    [
        # A standfirst under the headline is long, or a finished sentence.
        (
            "Why the ferry fare freeze will not last\nThe province is paying for a promise it"
            " made before the election, and the bill arrives in April\n",
            "Why the ferry fare freeze will not last",
            None,
        ),
        (
            "Why the Caspian summit matters\nThree leaders, one sea and a pipeline nobody"
            " discusses.\n",
            "Why the Caspian summit matters",
            None,
        ),
        # A section's name of several words is capitalised.
        ("Daily Courier\nBusiness and Economy\n" + _KUWAIT + "\n", _KUWAIT, "Business and Economy"),
        # A short headline over a short standfirst without a full stop: the headline speaks
        # of the news, not of the paper.
        (
            "Home\nWorld\nCeasefire collapses in Gaza\nTalks stall as strikes resume across the"
            " strip\n",
            "Ceasefire collapses in Gaza",
            "World",
        ),
    ],
)
def test_headline_over_a_standfirst_or_under_a_section_is_no_motto(top, title, section):
    article = _parse(top + "By Jane Doe\n" + BODY)
    assert (article.title, article.section) == (title, section)


@pytest.mark.parametrize(
    ("masthead", "section"),
    [
        # Three entries under the site's name, its logo, its motto or its controls: the menu.
        ("The Gulf Courier\nNews\nOpinion\nPodcasts\n", None),
        ("The Gulf Courier\nMenu\nSearch\nNews\nOpinion\nPodcasts\n", None),
        ("The Gulf Courier logo\nNews\nOpinion\nPodcasts\n", None),
        ("Independent journalism since 1921\nThe Gulf Courier\nNews\nOpinion\nPodcasts\n", None),
        # A section and its subsection, and a section's path, under the site's name.
        ("The Gulf Courier\nWorld\nAsia\n", "Asia"),
        ("The Gulf Courier\nNews\nOpinion\nNews|Business and Economy\n", "Business and Economy"),
        # A path narrowing to a place, stacked line by line, is a breadcrumb, not a menu.
        ("News\nWorld\nAsia\n", "Asia"),
        ("The Gulf Courier\nNews\nWorld\nMiddle East\n", "Middle East"),
        ("Menu\nWorld\nMiddle East\nIsrael-Gaza war\n", "Israel-Gaza war"),
        ("The Gulf Courier\nNews\nEurope\nUkraine\n", "Ukraine"),
    ],
)
def test_short_menu_under_the_masthead_is_no_section(masthead, section):
    assert _parse(masthead + _KUWAIT + "\nBy Jane Doe\n" + BODY).section == section


_GAZA = "Ceasefire collapses in Gaza after night of strikes"


@pytest.mark.parametrize(
    ("label", "section", "reason"),
    [
        # A city between the byline and the date is where the story was filed.
        ("London", None, "dateline"),
        ("ISTANBUL", None, "dateline"),
        # A section's name there is the section.
        ("World", "World", None),
        ("Foreign Affairs", "Foreign Affairs", None),
    ],
)
def test_a_city_under_the_byline_is_the_dateline_and_a_section_name_the_section(
    label, section, reason
):
    article = _parse(
        "Home\nNews\n" + _GAZA + "\nBy Jane Roe\n" + label + "\n12 March 2025\n" + BODY
    )
    reasons = [entry.reason for entry in article.discarded if entry.text == label]
    assert (article.section, reasons) == (section, [reason] if reason else [])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("mrh/lgc", True),
        ("jm/dw (AFP, Reuters)", True),
        ("ng/sms (AP, dpa)", True),
        ("dj/rt (dpa and AFP)", True),
        ("kb/jsi/ar", True),
        # A path, a fraction, a handle and a date are no initials.
        ("and/or", False),
        ("news/world", False),
        ("24/7", False),
        ("Reuters/AFP", False),
        ("km/h", False),
    ],
)
def test_editors_initials_closing_a_wire_story(line, expected):
    assert d.is_editors_initials(line) is expected


def _reasons(text: str) -> dict[str, str]:
    return {entry.text: entry.reason for entry in _parse(text).discarded}


@pytest.mark.parametrize("initials", ["mrh/lgc", "jm/dw (AFP, Reuters)"])
def test_editors_initials_after_the_article_are_discarded_as_such(initials):
    text = "Council delays the budget vote\nBy Jane Doe\n" + BODY + initials + "\nFollow us on X\n"
    assert _reasons(text)[initials] == "editors' initials"


@pytest.mark.parametrize(
    ("header", "city"),
    [
        # Between the byline and the text, in capitals; between the byline and the date.
        ("By Jane Doe\nISTANBUL\n", "ISTANBUL"),
        ("by Daily Horizon with AA\nISTANBUL\nMAR 12, 2024 - 3:04 PM GMT+3\n", "ISTANBUL"),
        ("Elif Karaca\nAnkara\n14.10.2025 - 09:41\n", "Ankara"),
    ],
)
def test_dateline_city_under_the_headline_is_discarded_as_the_dateline(header, city):
    text = "Türkiye and Iraq agree to fast-track road financing talks\n" + header + BODY
    assert _reasons(text)[city] == "dateline"
    assert _parse(text).section is None


@pytest.mark.parametrize(
    "header",
    [
        # A section's name under the byline, and a genre label, are no place.
        "By Jane Doe\nLocal government\n3 March 2024\n",
        "By Jane Doe\nAnalysis\n3 March 2024\n",
    ],
)
def test_label_under_the_byline_that_names_no_place_is_no_dateline(header):
    text = "Council delays the budget vote\n" + header + BODY
    assert "dateline" not in _reasons(text).values()


def test_cookie_banner_and_its_buttons_are_one_discard():
    text = "Council delays the budget vote\n" + BODY + "We use cookies on this site.\nAccept\nOK"
    assert _parse(text).discarded[-1].text == "We use cookies on this site.\nAccept\nOK"


def test_comment_section_is_discarded_with_its_comments():
    text = "Council delays the budget vote\n" + BODY + "2 Comments\nMark T.\nGreat piece.\nReply\n"
    article = _parse(text)
    assert article.discarded[-1].text == "2 Comments\nMark T.\nGreat piece.\nReply"
    assert len(article.blocks) == 2


def test_comments_over_show_comments_after_the_follow_row_head_the_thread():
    text = "Council delays the budget vote\nBy Jane Doe\n" + BODY
    text += "Follow Lakeside Post\nFacebook\nX\nInstagram\nComments\nShow Comments\n"
    discarded = {e.text: e.reason for e in _parse(text).discarded}
    assert discarded["Follow Lakeside Post\nFacebook\nX\nInstagram"] == "social links"
    assert discarded["Comments\nShow Comments"] == "comments section"


# Related, tags, lists, tables


def test_read_also_line_becomes_a_related_teaser():
    text = "Council delays the budget vote\n" + BODY + "Read also: Mayor resigns after audit\n"
    assert _parse(text).related[0].title == "Mayor resigns after audit"


def test_most_read_widget_is_discarded_not_related():
    text = (
        "Council delays the budget vote\n" + BODY + "Most read\nStocks slide\nHeatwave grips Europe"
    )
    article = _parse(text)
    assert article.related == ()
    assert article.discarded[-1].text == "Most read\nStocks slide\nHeatwave grips Europe"


def test_unlabelled_teaser_run_needs_two_title_date_groups():
    lines = ["SCO", "Summit and the quest for influence", "October 14, 2024", "Peacekeepers"]
    lines += ["Attacks on UN peacekeepers raise alarm", "October 16, 2024"]
    (run,) = teaser_groups(lines, lambda i: False)
    assert [(rel.section, rel.date) for _, rel in run] == [
        ("SCO", "2024-10-14"),
        ("Peacekeepers", "2024-10-16"),
    ]
    assert teaser_groups(lines[:3], lambda i: False) == []


def test_breadcrumb_over_a_date_is_no_teaser_title():
    lines = ["Bills", "Home › Hansard › Commons Chamber", "Tuesday 14 October 2025"]
    lines += ["Black Sea Shipping: War Risk Insurance"]
    lines += ["Volume 771: debated on Tuesday 14 October 2025"]
    assert teaser_groups(lines, lambda i: False) == []


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Tags: Oman, Diplomacy, Shipping", ("Oman", "Diplomacy", "Shipping")),
        ("Topics: Iran | Sanctions", ("Iran", "Sanctions")),
        ("Filed under: Energy; Climate", ("Energy", "Climate")),
    ],
)
def test_tag_lines_in_common_shapes(line, tags):
    assert _parse("Council delays the budget vote\n" + BODY + line).tags == tags


@pytest.mark.parametrize(
    ("line", "section", "tags"),
    [
        ("Posted in News | Tagged Armenia, Azerbaijan, borders, Tavush | 3 Comments", "News",
         ("Armenia", "Azerbaijan", "borders", "Tavush")),
        ("Posted in News | Tagged Armenia | Leave a comment", "News", ("Armenia",)),
        ("This entry was posted in News and tagged Armenia, Azerbaijan. Bookmark the permalink.",
         "News", ("Armenia", "Azerbaijan")),
        ("This entry was posted in News and tagged Armenia on November 27, 2025 by Anna Petrosyan.",
         "News", ("Armenia",)),
        ("This entry was posted in News. Bookmark the permalink.", "News", ()),
    ],
)  # fmt: skip
def test_blog_entry_footer_gives_the_category_and_the_tags(line, section, tags):
    article = _parse("Council delays the budget vote\nBy Anna Petrosyan\n" + BODY + line)
    assert (article.section, article.tags) == (section, tags)
    assert line not in str(article.blocks)


TIES = (
    "Iran and Saudi Arabia restore ties\n"
    "Iran and Saudi Arabia agreed on Friday to restore relations, and Foreign Minister Abbas"
    " Araghchi said talks on embassies would go on.\n"
    "Nuclear talks were not on the agenda, which ends seven years of rupture between Iran and"
    " its rival.\n"
)


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        # The scrape lost the links' separators: split into what the article names.
        ("Topics: Saudi Arabia Iran Abbas Araghchi", ("Saudi Arabia", "Iran", "Abbas Araghchi")),
        # "Nuclear" opens a sentence only, and "Talks" is not named: kept as printed.
        ("Topics: Iran Nuclear Talks Embassies", ("Iran Nuclear Talks Embassies",)),
        ("Topics: Saudi Arabia Iran", ("Saudi Arabia Iran",)),  # too short to be a run
    ],
)
def test_run_together_tag_list_is_split_into_the_names_the_article_uses(line, tags):
    assert _parse(TIES + line).tags == tags


def test_injected_link_list_is_discarded_but_introduced_list_is_content():
    injected = ["Is It Safe To Travel To Iran", "Bomb Iran Lyrics"]
    assert d.is_injected_link_list(injected, "The talks ended on Friday.")
    assert not d.is_injected_link_list(injected, "Readers searched for:")
    assert not d.is_injected_link_list(["a hotline between coast guards"], None)


def test_pipe_table_without_outer_pipes_and_separator():
    lines = ["Year | Exports | Change", "2022 | 11.1m | -4%", "2023 | 10.8m | -3%"]
    span, header, rows = pipe_table(lines, 0)
    assert header == ["Year", "Exports", "Change"]
    assert rows == [["2022", "11.1m", "-4%"], ["2023", "10.8m", "-3%"]]
    assert span.end == 3


def test_single_menu_line_with_pipes_is_not_a_table():
    assert pipe_table(["Home | World | Sport"], 0) is None


def test_numbered_toc_entries_become_level_two_headings_without_numbers():
    text = (
        "Guide to the budget\nContents\n1. Background\n2. The vote\n"
        + "Background\n"
        + BODY
        + "Details\nThe auditors asked for two more weeks to finish their review.\n"
        + "The vote\nThe vote is now expected in April, after the Easter recess.\n"
    )
    article = _parse(text)
    assert article.toc == ("Background", "The vote")
    levels = [(b.level, b.text) for b in article.blocks if type(b).__name__ == "Heading"]
    assert levels == [(2, "Background"), (3, "Details"), (2, "The vote")]


def test_toc_entries_marked_with_arrows_are_the_contents():
    text = (
        "Guide to the budget\nTable of contents\n→ Background\n→ The vote\n"
        + "Background\n"
        + BODY
        + "The vote\nThe vote is now expected in April, after the Easter recess.\n"
    )
    assert _parse(text).toc == ("Background", "The vote")


def test_qa_lines_stay_paragraphs():
    text = (
        "A conversation with the mayor\nQ: Why did you resign?\n"
        "A: Because the audit showed that the money had gone missing for years.\n"
    )
    assert [b.text for b in _parse(text).blocks] == [
        "Q: Why did you resign?",
        "A: Because the audit showed that the money had gone missing for years.",
    ]


# Quotes


def test_pull_quote_with_title_keeps_name_only():
    quote, used_next = pull_quote(
        "“We will not accept any deal that ignores the farmers.” — Jane Doe, Foreign Minister"
    )
    assert (quote.speaker, used_next) == ("Jane Doe", False)


def test_pull_quote_with_attribution_on_the_next_line():
    quote, used_next = pull_quote('"We have signed many frameworks before."', "— Rustam Aliyev")
    assert (quote.text, quote.speaker, used_next) == (
        "We have signed many frameworks before.",
        "Rustam Aliyev",
        True,
    )


def _inline(paragraph: str, context: str = ""):
    names = NameIndex(context + "\n" + paragraph)
    return [(q.text, q.speaker) for _, q in inline_quotes(paragraph, names)]


def test_inline_quote_drops_trailing_comma_and_strips_titles():
    paragraph = (
        "“Active collaboration is ongoing and our evaluations align closely,” "
        "Russian President Vladimir Putin said on Friday."
    )
    assert _inline(paragraph) == [
        ("Active collaboration is ongoing and our evaluations align closely", "Vladimir Putin")
    ]


def test_surname_resolves_to_the_full_name_used_elsewhere():
    paragraph = "“These measures are intended to restrict financial resources,” Sullivan added."
    assert _inline(paragraph, "Adviser Jack Sullivan spoke.") == [
        ("These measures are intended to restrict financial resources", "Jack Sullivan")
    ]


def test_split_quote_counts_as_two():
    paragraph = (
        "“Nobody came to help us until the water went down,” Karimi said, "
        "“and by then the fields were gone.”"
    )
    assert [t for t, _ in _inline(paragraph)] == [
        "Nobody came to help us until the water went down",
        "and by then the fields were gone.",
    ]


def test_short_scare_quotes_and_unattributed_quotes_are_not_inline_quotes():
    assert _inline("Putin called for a “new world order” on Friday.") == []
    assert _inline("“We lost everything in one night, all of it,” he said.") == []
    assert _inline("The capital hosts the “Interrelation of Times and Civilizations” forum.") == []


def test_organisation_speaker_keeps_its_name():
    paragraph = (
        "The US Treasury Department also emphasized “its readiness to impose sanctions on anyone "
        "engaging with the sector”."
    )
    assert _inline(paragraph)[0][1] == "US Treasury Department"


def test_pull_quote_equal_to_inline_quote_is_listed_once_as_pull():
    text = (
        "Council delays the budget vote\n"
        "“The budget cannot pass until the audit is finished,” Mayor Ana Lima said on Monday.\n"
        "“The budget cannot pass until the audit is finished.” — Ana Lima\n"
        "Members agreed to postpone the vote until the auditors had finished their report.\n"
    )
    quotes = [(q.kind, q.speaker) for q in _parse(text).quotes]
    assert quotes == [("pull", "Ana Lima")]


def test_lone_numbered_line_over_a_paragraph_is_a_heading():
    text = (
        "Guide to the budget\n" + BODY + "1. Where the money goes\n"
        "Most of the budget pays for schools, roads and the city's bus network.\n"
    )
    headings = [b.text for b in _parse(text).blocks if type(b).__name__ == "Heading"]
    assert headings == ["1. Where the money goes"]


def test_heading_worded_slightly_differently_from_its_toc_entry_is_level_two():
    text = (
        "Guide to the budget\nTable of Contents\n- The background to the vote\n- What comes next\n"
        + BODY
        + "The background to this vote\n"
        + "The auditors asked for two more weeks to finish their review of the accounts.\n"
        + "What comes next\nThe vote is now expected in April, after the Easter recess.\n"
    )
    levels = [b.level for b in _parse(text).blocks if type(b).__name__ == "Heading"]
    assert levels == [2, 2]


def test_single_labelled_teaser_under_the_title_is_related_not_the_header():
    text = (
        "Council delays the budget vote\nSCO\nSummit And The Quest For Influence\n"
        "October 14, 2024\nCity Hall\nAna Lima\n" + BODY + "Council delays the budget vote\n"
    )
    article = _parse(text)
    assert article.related[0].title == "Summit And The Quest For Influence"
    assert (article.published, article.section) == (None, "City Hall")
    assert [a.name for a in article.authors] == ["Ana Lima"]


def test_title_with_date_under_it_is_not_taken_for_a_teaser():
    text = "World\nCouncil Delays The Budget Vote\nOctober 14, 2024\nBy Ana Lima\n" + BODY
    article = _parse(text)
    assert (article.title, article.published, article.related) == (
        "Council Delays The Budget Vote",
        "2024-10-14",
        (),
    )


def test_key_points_box_above_the_body_is_a_heading_and_a_list():
    text = (
        "Council delays the budget vote\nBy Ana Lima\nKey points\n"
        "- The vote is postponed until the auditors have finished their report.\n"
        "- The mayor says the delay will not affect salaries or school funding.\n" + BODY
    )
    article = _parse(text)
    assert [type(b).__name__ for b in article.blocks[:2]] == ["Heading", "ListBlock"]
    assert article.section is None


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Council delays the budget vote | Daily Courier", "Council delays the budget vote"),
        ("Council delays the budget vote - city.example.org", "Council delays the budget vote"),
        ("Budget vote - what happens next", "Budget vote - what happens next"),
    ],
)
def test_browser_title_suffix_is_cut_only_when_it_names_a_site(first_line, title):
    assert _parse(first_line + "\n" + BODY).title == title


def test_masthead_date_far_above_the_title_is_not_the_publication_date():
    text = "Daily Courier\nMonday, 14 October 2024\nMenu\nCouncil delays the budget vote\n" + BODY
    assert _parse(text).published is None


# Round 2: layouts from other outlets


@pytest.mark.parametrize("line", ["list 1 of 3", "2 of 10", "end of list", "Start of carousel"])
def test_list_position_markers_are_chrome(line):
    assert d.is_list_position_marker(line)
    assert not d.is_list_position_marker("One of the 3 reasons")


def test_teaser_list_markers_are_part_of_the_widget_not_teasers():
    text = (
        "Farmers return to dry fields\nBy Ana Lima\n" + BODY + "Read more\nlist 1 of 2\n"
        "Army and rebels trade blame over market attack\nlist 2 of 2\n"
        "Why the war is spreading into new states\nend of list\n" + BODY
    )
    article = _parse(text)
    assert [r.title for r in article.related] == [
        "Army and rebels trade blame over market attack",
        "Why the war is spreading into new states",
    ]
    assert not any("list" in entry.text for entry in article.discarded)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Follow Global Wire Network:", True),
        ("Follow us on Instagram", True),
        ("Follow the Daily Courier on X", True),
        ("Follow the money", False),
        ("Follow the rules and you will be fine.", False),
    ],
)
def test_follow_prompts(line, expected):
    assert d.is_follow_prompt(line) is expected


def test_about_us_footer_link_is_not_an_author_box():
    assert not lb.ABOUT_AUTHOR_RE.match("About Us")
    assert lb.ABOUT_AUTHOR_RE.match("About the author")


def test_speaker_is_the_name_before_an_appositive_not_the_place_in_it():
    para = (
        "“We came back because there was nowhere else to go,” Yousif Ahmed, a farmer from the "
        "village of Tayba, told reporters."
    )
    assert [q.speaker for _, q in inline_quotes(para, NameIndex(para))] == ["Yousif Ahmed"]


@pytest.mark.parametrize(
    ("para", "speaker"),
    [
        (
            "À Joal, premier port du pays, Ndèye Coumba Guèye, présidente du groupement, estime "
            "que « la mesure arrive tard, mais elle arrive enfin ».",
            "Ndèye Coumba Guèye",
        ),
        (
            "In Tayba, the last village on the road, Yousif Ahmed, a farmer, said that “the water "
            "came in one night and took everything”.",
            "Yousif Ahmed",
        ),
    ],
)
def test_a_place_opening_the_sentence_is_not_the_appositive_speaker(para, speaker):
    assert [q.speaker for _, q in inline_quotes(para, NameIndex(para))] == [speaker]


@pytest.mark.parametrize("name", ["Rauf Guliyev", "Rauf J. Guliyev", "Rauf Guliyev Jr."])
def test_a_name_ends_at_a_full_stop_after_a_word_not_after_an_initial_or_title(name):
    para = (
        f"The prize is a land route to Türkiye. {name}, an analyst, said speed mattered most. "
        '"Baku has decided it would rather have trucks moving in 2028," Guliyev said.'
    )
    assert [q.speaker for _, q in inline_quotes(para, NameIndex(para))] == [name.rstrip(".")]


def test_a_french_reaction_verb_names_the_speaker_after_it():
    para = (
        "« Un gel décidé sans concertation envoie un mauvais signal aux investisseurs », a réagi "
        "son secrétaire général, Mamadou Lamine Badji, joint par téléphone."
    )
    assert [q.speaker for _, q in inline_quotes(para, NameIndex(para))] == ["Mamadou Lamine Badji"]
    para = "« Un gel décidé sans concertation envoie un mauvais signal », a réagi le syndicat."
    assert inline_quotes(para, NameIndex(para)) == []


@pytest.mark.parametrize(
    ("tail", "group"),
    [
        ("LinkedIn\nBluesky\nWebsite\n© 2025 Courier\n", "LinkedIn\nBluesky\nWebsite"),
        ("Privacy Policy\nWebsite\n© 2025 Courier\n", "Privacy Policy\nWebsite\n© 2025 Courier"),
    ],
)
def test_website_icon_after_social_icons_joins_them_not_the_footer(tail, group):
    text = "Rains return to the Sahel\nBy Ana Lima\n" + BODY + tail
    assert group in [e.text for e in _parse(text).discarded]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("We care about the protection of your data. Read our Privacy Policy.", True),
        ("The court ruled on the protection of personal data on Monday.", False),
    ],
)
def test_data_protection_note_is_a_newsletter_box_line(line, expected):
    assert d.is_newsletter_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thank you for subscribing!", True),
        ("Thanks for signing up", True),
        ("Something went wrong, please try again later.", True),
        ("Thank you for reading.", False),
        ("Something went wrong with the brakes, the court heard.", False),
    ],
)
def test_a_sign_up_forms_messages_are_newsletter_box_lines(line, expected):
    assert d.is_newsletter_line(line) is expected


@pytest.mark.parametrize(
    ("said", "speaker"),
    [("Cr Hollis said.", "Maree Hollis"), ("Mr Castellano said.", "Peter Castellano")],
)
def test_councillor_title_before_a_surname_resolves_to_the_full_name(said, speaker):
    text = (
        "Cr Maree Hollis and general manager Peter Castellano spoke at the meeting on Monday.\n"
        '"We already find mattresses and fridges down the forestry tracks every month," ' + said
    )
    [(_, quote)] = inline_quotes(text.split("\n")[1], NameIndex(text))
    assert quote.speaker == speaker


def test_short_links_among_footer_links_join_the_footer_widget():
    footer_lines = "Privacy Policy\nWork for us\n© 2024 Courier\n"
    text = "Rains return to the Sahel\nBy Ana Lima\n" + BODY + footer_lines
    footer = [e for e in _parse(text).discarded if "Work for us" in e.text]
    assert footer[0].text == "Privacy Policy\nWork for us\n© 2024 Courier"


def test_ad_markers_several_to_a_line():
    assert d.is_ad_marker("Advertisement · Scroll to continue")
    assert not d.is_ad_marker("Advertising · Media · Culture")


@pytest.mark.parametrize(
    "line",
    [
        "Our Standards: The Thomson Reuters Trust Principles.",
        "The views expressed in this article are the author's own.",
        "The views expressed are those of the author and do not reflect the position of the paper.",
        "All quotes delayed a minimum of 15 minutes.",
    ],
)
def test_publisher_notices(line):
    assert d.is_publisher_notice(line)


def test_publisher_notice_leaves_prose_about_views_alone():
    assert not d.is_publisher_notice("The views of the residents were ignored by the council.")


def test_new_tab_link_text_is_chrome():
    assert d.is_new_tab_link("Purchase Licensing Rights, opens new tab")
    assert not d.is_new_tab_link("Licensing rights for the new stadium")


def test_single_name_resolves_to_the_one_full_name_containing_it():
    names = NameIndex("WHO Director-General Tedros Adhanom Ghebreyesus spoke.")
    assert names.resolve("Tedros") == "Tedros Adhanom Ghebreyesus"
    assert names.resolve("Ghebreyesus") == "Tedros Adhanom Ghebreyesus"


def test_author_box_name_and_employer_lines_belong_to_the_bio():
    text = (
        "Treaty talks miss their deadline\nBy Emma Laurent\n" + BODY + "Emma Laurent\n"
        "Thomson Reuters\nEmma Laurent covers the United Nations agencies in Geneva for the "
        "news agency.\n"
    )
    article = _parse(text)
    assert article.authors[0].bio.startswith("Emma Laurent covers")
    assert not [b for b in article.blocks if type(b).__name__ == "Heading"]
    assert not any("Thomson" in e.text for e in article.discarded)


def test_running_text_below_the_footer_links_is_not_body():
    text = (
        "Treaty talks miss their deadline\nBy Emma Laurent\n" + BODY + "Terms of Use\nPrivacy\n"
        "All data is supplied by our partners and may be delayed by several minutes or more.\n"
    )
    article = _parse(text)
    assert len(article.blocks) == 2


def test_short_lines_closing_a_related_run_are_not_teasers():
    text = (
        "Treaty talks miss their deadline\nBy Emma Laurent\n" + BODY + "Read Next\n"
        "Swiss voters back pension increase\nMarch 11, 2024\nApps\nNewsletters\n"
    )
    assert [r.title for r in _parse(text).related] == ["Swiss voters back pension increase"]


def test_blog_subscribe_pitch_is_a_newsletter_box_even_as_a_sentence():
    line = "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts."
    assert d.is_newsletter_box(line)
    assert d.is_newsletter_line("Type your email…")
    assert not d.is_newsletter_box("Readers who subscribe to the paper pay less than before.")


def test_a_line_for_the_reader_a_newsletter_was_forwarded_to_is_its_box():
    assert d.is_newsletter_box("Did someone forward this email? Subscribe to Daybook here.")
    assert not d.is_newsletter_box("Why did he forward the memo? Subscribers asked him.")


@pytest.mark.parametrize("line", ["∙ Paid", "Premium", "Members only"])
def test_access_badges(line):
    assert d.is_access_badge(line)


def test_bare_counts_are_not_section_labels():
    assert not d.is_label("112")
    assert d.is_label("Middle East")


def test_publication_name_repeated_over_the_post_is_neither_title_nor_section():
    text = (
        "The Harbour Letter\nSubscribe\nThe Harbour Letter\nWhy the ferry fare freeze will "
        "not last\nColm Brennan\nFeb 27, 2024\n" + BODY
    )
    article = _parse(text)
    assert (article.title, article.section) == ("Why the ferry fare freeze will not last", None)


def test_footnotes_are_content_and_notes_is_a_closing_heading():
    assert d.is_footnote("[2] See the 1929 and 1959 Nile Waters Agreements.")
    assert not d.is_footnote("[Photo] Getty")
    assert lb.CLOSING_HEADING_RE.match("Notes")


def test_numbered_first_section_opens_the_body_before_any_running_text():
    text = (
        "The Nile dam dispute after the filling\nBy Hannah Okoye\nContents\n1. Background\n"
        "2. Options\n1. Background\n" + BODY + "2. Options\n" + BODY
    )
    blocks = _parse(text).blocks
    assert (type(blocks[0]).__name__, blocks[0].text) == ("Heading", "Background")


def test_newsletter_box_ends_a_related_run():
    text = (
        "Treaty talks miss their deadline\nBy Emma Laurent\n" + BODY + "Related content\n"
        "Water scarcity and migration in the Sahel\n3 August 2023\nSign up for our newsletter\n"
    )
    assert [r.title for r in _parse(text).related] == ["Water scarcity and migration in the Sahel"]


def test_charity_registration_is_a_publisher_notice():
    assert d.is_publisher_notice("Centre for Water Policy is a registered charity, number 1123456.")


def test_byline_with_an_email_address_keeps_the_name():
    assert explicit_byline("By Dana Whitfield dwhitfield@millbrookgazette.com") == [
        "Dana Whitfield"
    ]
    assert explicit_byline("By Dana Whitfield, dana@example.org") == ["Dana Whitfield"]


def test_newsletter_box_with_its_title_over_a_delivered_to_your_inbox_pitch():
    text = (
        "School board approves later start times\nBy Dana Whitfield\n"
        + BODY
        + "Get the Morning Brief\nLocal headlines delivered to your inbox every weekday morning.\n"
        "Enter your email\nSign Up\n" + BODY
    )
    article = _parse(text)
    boxes = [e.text for e in article.discarded if e.reason == "newsletter box"]
    assert boxes == [
        "Get the Morning Brief\nLocal headlines delivered to your inbox every weekday morning.\n"
        "Enter your email\nSign Up"
    ]
    assert not d.is_newsletter_title("Where the money comes from")


@pytest.mark.parametrize(
    ("name", "form", "boxed"),
    [
        ("Balkan Record Weekly", "Your email\nSign up\n", True),
        ("The Week in Argentina", "Email\nSign up\n", True),
        ("The Week in Argentina", "Sign up\n", False),
        ("What happens next?", "Your email\nSign up\n", False),
    ],
)
def test_short_name_over_a_sign_up_form_is_the_newsletters(name, form, boxed):
    text = (
        "School board approves later start times\nBy Dana Whitfield\n"
        + BODY
        + name
        + "\nSign up for our weekly digest of investigations from across the region.\n"
        + form
        + BODY
    )
    boxes = [e.text for e in _parse(text).discarded if e.reason == "newsletter box"]
    assert boxes[0].startswith(name) is boxed


@pytest.mark.parametrize(
    ("pitch", "form"),
    [
        ("Our best analysis on conflict, trade and security, every Thursday.", "Email address"),
        ("The week in the Andes, in English, every Monday.", "Your email"),
    ],
)
@pytest.mark.parametrize("name", ["The Ledger Brief", "Subscribe to Ledger Brief"])
def test_name_and_pitch_over_a_sign_up_form_are_the_newsletters(name, pitch, form):
    box = name + "\n" + pitch + "\n" + form + "\nSubscribe"
    text = (
        "School board approves later start times\nBy Dana Whitfield\n"
        + BODY
        + box
        + "\n© 2025 The Valley Ledger\nAbout\nPrivacy\n"
    )
    assert box in [e.text for e in _parse(text).discarded]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Your email", True),
        ("Enter your email address", True),
        ("E-mail:", True),
        ("Email us", False),
        ("Email the author", False),
    ],
)
def test_email_field_of_a_sign_up_form(line, field):
    assert d.is_email_field(line) is field


def test_words_and_photographs_byline_names_the_writer_only():
    assert explicit_byline("Words by Selam Tesfaye. Photographs by Jonas Berg") == ["Selam Tesfaye"]
    assert explicit_byline("By Selam Tesfaye; photos by Jonas Berg") == ["Selam Tesfaye"]


@pytest.mark.parametrize(
    "line",
    [
        "Cutters shape the slabs by hand. Photograph: Jonas Berg/The Weekly Lens",
        "Ahmed Ali with his camels near Berahile. (AP Photo/Jonas Berg)",
    ],
)
def test_caption_credit_shapes(line):
    assert d.is_image_credit(line)


def test_photographer_credit_line_takes_its_caption_with_it():
    assert d.photo_credit_line("Jonas Berg for The Weekly Lens")
    assert d.photo_credit_line("Jane Doe/Getty Images")
    assert not d.photo_credit_line("Minister for Foreign Affairs")
    text = (
        "The last salt caravans\nBy Selam Tesfaye\n"
        + BODY
        + "Trucks wait to be loaded at the edge of the flats.\nJonas Berg for The Weekly Lens\n"
        + BODY
    )
    captions = [e.text for e in _parse(text).discarded if e.reason == "image caption or credit"]
    assert captions == [
        "Trucks wait to be loaded at the edge of the flats.\nJonas Berg for The Weekly Lens"
    ]


def test_explore_more_on_these_topics_is_a_tag_block():
    text = "The last salt caravans\nBy Selam Tesfaye\n" + BODY + "Explore more on these topics\n"
    text += "Ethiopia\nPhotography\nShare\n"
    assert _parse(text).tags == ("Ethiopia", "Photography")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Opinion by Rafael Moreno", ["Rafael Moreno"]),
        ("Analysis by Jane Doe", ["Jane Doe"]),
        ("Interview by Marcus Webb", ["Marcus Webb"]),
    ],
)
def test_genre_bylines(line, names):
    assert explicit_byline(line) == names


def test_interview_edit_note_is_a_credit():
    assert is_credit("This interview has been edited for length and clarity.")
    assert is_credit("This conversation has been condensed and edited.")


def test_an_investigations_funding_note_is_a_credit():
    note = (
        "This investigation was produced with support from the Kestrel Fund for Accountability "
        "Reporting. The newsroom retains full editorial independence."
    )
    assert is_credit(note)


@pytest.mark.parametrize(
    "line",
    [
        "This article was updated on 5 March with the latest position of the vessel.",
        "Editor's note: This story has been updated with the minister's remarks.",
        "This story has been corrected to give the mayor's full name.",
    ],
)
def test_an_update_or_correction_note_is_not_a_credit(line):
    # The note tells the reader what changed, as "Update, Nov. 7: This story has been
    # updated …" does: a paragraph of the story, never a credit that the output drops.
    assert not is_credit(line)


def test_more_interviews_labels_a_related_block():
    assert lb.RELATED_LABEL_RE.match("More interviews")


def test_link_copied_is_a_share_control():
    assert d.is_share_row("Link Copied!")
    assert d.is_share_row("Link")


def test_unpunctuated_key_points_box_opens_the_body_and_site_name_is_no_section():
    text = (
        "Rents slow for the first time | Property Times\nProperty Times\n"
        "Rents slow for the first time\nBy Nadia Karim\nKey points:\n"
        "- Average rents rose 4.1% in the year to February\n- The slowdown was sharpest in "
        "the capital\n" + BODY + "Tags\nHousing\nProperty Times 2024\n"
    )
    article = _parse(text)
    assert [type(b).__name__ for b in article.blocks[:2]] == ["Heading", "ListBlock"]
    assert article.section is None
    assert article.tags == ("Housing",)


@pytest.mark.parametrize("line", ["2 days ago", "1 hour ago", "5h ago", "Updated 3 minutes ago"])
def test_relative_times(line):
    assert is_relative_time(line)
    assert date_line(line) is None


def test_relative_time_under_a_teaser_is_not_the_next_teasers_section():
    text = (
        "What is a king tide, and why is it flooding?\nBy Maya Berg\n"
        + BODY
        + "You might also like\nWhy the harbour smells worse in August\n2 days ago\n"
        "How the new ferry terminal was built\n14 Feb 2024\n"
    )
    related = _parse(text).related
    assert [(r.title, r.date, r.section) for r in related] == [
        ("Why the harbour smells worse in August", None, None),
        ("How the new ferry terminal was built", "2024-02-14", None),
    ]
    assert _parse(text).published is None


def test_short_question_alone_is_a_heading_but_a_long_one_is_not():
    assert d.is_heading_like("What can be done?")
    assert not d.is_heading_like("Why would anyone want to live this close to a rising sea?")


def test_uppercase_wire_byline_and_contributor_line():
    assert explicit_byline("By OLENA MARCHUK and DAVID KESSLER") == [
        "Olena Marchuk",
        "David Kessler",
    ]
    assert is_credit(
        "Associated Press writers Ana Ruiz in Madrid and Tom Cole in London contributed to this "
        "report."
    )


def test_long_job_title_after_the_name_is_dropped_with_its_honorific():
    line = "By Dr. Marta Lindqvist, Senior Fellow and Director of the Energy and Security Programme"
    assert explicit_byline(line) == ["Marta Lindqvist"]


def test_live_blog_byline_drops_shift_notes():
    assert explicit_byline("Liveblog by Fiona Baird (now) and Callum Reid (earlier)") == [
        "Fiona Baird",
        "Callum Reid",
    ]


def test_job_title_run_on_after_a_bare_name():
    assert bare_byline("Rachel Hartley Local government correspondent") == ["Rachel Hartley"]
    assert bare_byline("Ministers drop plan to sell depots") is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Amra Hodžić BRN Sarajevo", ["Amra Hodžić"]),
        ("Nemanja Rakić BIRN Novi Sad", ["Nemanja Rakić"]),
        ("Jean DUPONT", ["Jean DUPONT"]),
        ("Ana María López Díaz", ["Ana María López Díaz"]),
    ],
)
def test_newsroom_acronym_and_city_after_a_bare_name_are_not_the_name(line, names):
    assert bare_byline(line) == names


@pytest.mark.parametrize(
    ("authors", "name"), [(["Ellie Nguyen"], "Ellie Nguyen"), (["Maree Hollis"], None)]
)
def test_first_name_opens_an_author_card_bio(authors, name):
    line = "Ellie covers local government and agriculture for The Tablelands Courier."
    assert surname_bio(line, authors) == name


def test_surname_opens_an_author_card_bio():
    text = (
        "Drones hit an oil depot in Russia\nBy OLENA MARCHUK\n" + BODY + "OLENA MARCHUK\n"
        "Marchuk covers Ukraine for The Associated Press. She is based in Kyiv.\n"
    )
    (author,) = _parse(text).authors
    assert author.bio.startswith("Marchuk covers Ukraine")


@pytest.mark.parametrize(
    "line",
    ["10.41 GMT", "Updated at 10.05 GMT", "1h ago", "9:30 am"],
)
def test_live_post_timestamps(line):
    assert d.is_timestamp(line)


def test_a_sentence_with_a_time_is_no_timestamp():
    assert not d.is_timestamp("The vote is at 10.30 on Monday.")


def test_live_page_controls_and_noscript_notice():
    assert d.is_noscript_notice("Please turn on JavaScript to use this feature")
    assert d.is_noscript_notice("Show key events only")


def test_publisher_self_description_and_copyright_sentence():
    assert d.is_publisher_notice(
        "The Associated Press is an independent global news organization dedicated to factual "
        "reporting."
    )
    assert not d.is_publisher_notice("The agency is an independent body, the minister said.")
    assert d.is_copyright_notice("Copyright © The Seoul Ledger. All rights reserved.")


def test_coverage_hub_link_is_dropped():
    assert d.is_coverage_promo(
        "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine-war"
    )


def test_agency_credit_without_photographer():
    assert d.is_image_credit("Doctors rally in Seoul on Sunday. (Yonhap)")
    assert d.is_image_credit("A fire at an oil depot on Tuesday, March 5, 2024. (AP Photo)")


def test_browser_title_with_section_and_site_suffixes_yields_to_printed_headline():
    text = (
        "Ministers drop depot sales plan | Local government | The Record\nSign in\n"
        "Local government\nMinisters drop depot sales plan\n" + BODY
    )
    article = _parse(text)
    assert article.title == "Ministers drop depot sales plan"
    assert article.section == "Local government"


def test_status_badge_is_no_section():
    text = "Scotland\nLive\nStorm closes railway lines\nBy Fiona Baird\n" + BODY
    assert _parse(text).section == "Scotland"


def test_citation_box_is_discarded():
    text = (
        "Gas storage after the winter\nBy Marta Lindqvist\n" + BODY + "Cite this publication\n"
        "Lindqvist, Marta. “Gas storage after the winter.” Policy Brief, March 2024.\n"
        "Copy citation\n"
    )
    article = _parse(text)
    assert "Cite this publication" in article.discarded[-1].text
    assert all("Lindqvist, Marta" not in getattr(b, "text", "") for b in article.blocks)


def test_one_line_citation_box_takes_its_copy_button():
    citation = (
        'Cite this analysis: Lindqvist, M. (2024) "Gas storage after the winter", 2 March 2024.'
    )
    text = (
        "Gas storage after the winter\nBy Marta Lindqvist\n" + BODY + citation + "\nCopy citation\n"
    )
    discarded = {e.text: e.reason for e in _parse(text).discarded}
    assert discarded[citation + "\nCopy citation"] == "citation box"


def test_caption_in_another_script_beside_an_english_caption():
    text = (
        "Trainee doctors strike for a fourth week\nBy Lee Jung-hwan\n"
        "Trainee doctors rally in front of the presidential office in Seoul on Sunday. (Yonhap)\n"
        "전공의들이 10일 서울 용산 대통령실 앞에서 의대 증원 반대 집회를 하고 있다.\n" + BODY
    )
    assert all("전공의들이" not in getattr(b, "text", "") for b in _parse(text).blocks)


def test_most_viewed_in_a_section_is_site_wide():
    assert lb.SITEWIDE_LABEL_RE.match("Most viewed in Scotland")


_WAYBACK = (
    "The Wayback Machine - https://web.archive.org/web/20251014062231/https://www.courier.example"
    "/story/9087123/council-votes/\nhttps://www.courier.example/story/9087123/council-votes/\nGo\n"
    "5 captures\n14 Oct 2025 - 2 Nov 2025\nSEP\nOCT\nNOV\n14\n2024\n2025\n2026\n"
    "About this capture\nCOLLECTED BY\nCollection: Save Page Now Outlinks\nTIMESTAMPS\n"
    "Close\nHelp\n"
)


def test_web_archive_toolbar_over_the_captured_page_is_one_block():
    article = _parse(_WAYBACK + "Council votes to close two rural tips\nBy Ellie Nguyen\n" + BODY)
    assert article.title == "Council votes to close two rural tips"
    assert article.discarded[0].text == _WAYBACK.rstrip("\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "The Wayback Machine - https://web.archive.org/web/20251014062231/https://a.example/",
            True,
        ),
        ("https://web.archive.org/web/20251014062231/https://a.example/", True),
        ("How the Wayback Machine at web.archive.org saved a paper's archive", False),
    ],
)
def test_web_archive_toolbar_opener(line, expected):
    assert d.web_archive_opener(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("5 captures", True), ("14 Oct 2025 - 2 Nov 2025", True), ("About this capture", True),
     ("Council votes to close two rural tips", False), ("Local News", False)],
)  # fmt: skip
def test_web_archive_toolbar_lines(line, expected):
    assert d.is_archive_toolbar_line(line) is expected


def test_headline_under_the_menu_outweighs_a_long_ministry_name_in_the_browser_title():
    text = (
        "Press Briefing – October 14, 2025 - Ministry of Foreign Affairs of the Republic of Lorn\n"
        "Ministry of Foreign Affairs\nMenu\nThe Minister\nPolicy Issues\nPress Room\nSearch\n"
        "Press Briefing – October 14, 2025\nBy Jane Doe\n" + BODY
    )
    assert _parse(text).title == "Press Briefing – October 14, 2025"


def test_site_tagline_on_the_first_line_is_no_browser_title():
    text = (
        "The Seoul Ledger - Korea's independent English daily\nThe Seoul Ledger\n"
        "Trainee doctors strike for a fourth week\nBy Lee Jung-hwan\n" + BODY
    )
    assert _parse(text).title == "Trainee doctors strike for a fourth week"


# Round 3: agencies, Indian and European sites, government press releases


def test_numeric_date_whose_second_number_is_a_day_reads_month_first():
    assert find_date("10/28/2025") == "2025-10-28"


def test_ambiguous_numeric_date_yields_to_the_spelled_out_date_beside_it():
    text = "Rail strike halts trains across Germany\nAnna Becker\n11/05/2025\nNovember 5, 2025\n"
    assert _parse(text + BODY).published == "2025-11-05"
    assert _parse("Rail strike halts trains across Germany\n11/05/2025\n" + BODY).published == (
        "2025-05-11"
    )


def test_speaker_named_after_an_organisation_and_a_role_is_the_person():
    paragraph = (
        "“The government waited until the sowing season was over to admit it,” said "
        "Nationalist Congress Party legislator Sunanda Jadhav."
    )
    quotes = inline_quotes(paragraph, NameIndex(paragraph))
    assert [q.speaker for _, q in quotes] == ["Sunanda Jadhav"]


@pytest.mark.parametrize(
    "line", ["with Reuters, dpa", "with AFP and AP", "(with material from AFP)"]
)
def test_agency_contribution_lines_are_credits(line):
    assert is_credit(line)
    assert not is_credit("with Jane Doe")


def test_a_press_release_label_is_no_byline():
    assert bare_byline("Press Release") is None


def test_a_dated_teaser_run_ends_with_its_last_date():
    text = (
        "Kremlin says corridor talks resume in December\nBy Anna Petrova\n" + BODY + "Latest news\n"
        "Putin to chair Security Council meeting on Friday\n6 Nov 2025\n"
        "Russian Railways raises cargo forecast\n5 Nov 2025\n"
        "TASS Russian News Agency\nCertificate of registration of mass media No. 77-81941\n"
    )
    widget = next(e for e in _parse(text).discarded if e.text.startswith("Latest news"))
    assert widget.text.endswith("5 Nov 2025")


def test_related_box_with_a_dated_teaser_gives_the_next_heading_back_to_the_article():
    text = (
        "Rail strike halts trains across Germany\nBy Anna Becker\n" + BODY + "Related content\n"
        "Why are so many German trains late?\n10/28/2025\nBusiness loses patience\n" + BODY
    )
    article = _parse(text)
    assert [(r.title, r.date) for r in article.related] == [
        ("Why are so many German trains late?", "2025-10-28")
    ]
    assert any(getattr(b, "text", "") == "Business loses patience" for b in article.blocks)


def test_a_breadcrumb_under_a_menu_entry_is_not_swallowed_as_a_teaser():
    text = (
        "Home\nLatest News\nIndia\nCricket\nHome / India News\n"
        "Maharashtra declares drought in 15 districts\nBy Snehal Deshpande\n" + BODY
    )
    assert _parse(text).section == "India News"


def test_a_trail_to_a_newsletters_section_under_the_menu_gives_the_section():
    text = (
        "Congress\nWhite House\nNewsletters\nPodcasts\nNewsletters › Daybook\n"
        "The sanctions vote the White House does not want to win\nBy Jane Doe\n" + BODY
    )
    assert _parse(text).section == "Daybook"


def test_more_investigations_opens_a_related_block_of_section_and_date_over_each_title():
    text = (
        "Gold from the war reaches the Gulf\nBy Jane Doe\n" + BODY * 2 + "More investigations\n"
        "Investigation | 3 September 2025\nThe mines that changed hands but not owners\n"
        "Data | 18 July 2025\nMapping the gold mines from space\n"
    )
    assert list(_parse(text).related) == [
        Related("The mines that changed hands but not owners", "2025-09-03", "Investigation"),
        Related("Mapping the gold mines from space", "2025-07-18", "Data"),
    ]


def test_explore_more_opens_a_related_block():
    assert lb.RELATED_LABEL_RE.match("Explore more")


def test_government_banner_is_chrome_and_the_masthead_over_the_menu_is_no_headline():
    text = (
        "An official website of the United States government\nHere's how you know\n"
        "Official websites use .gov\n"
        "A .gov website belongs to an official government organization in the United States.\n"
        "Office of Coastal Resilience\nMenu\nAbout Us\nPress Release\n"
        "Office awards $120 million to restore Gulf Coast wetlands\n"
        "Release Date: November 5, 2025\n" + BODY + "Office of Coastal Resilience\n"
    )
    article = _parse(text)
    assert article.title == "Office awards $120 million to restore Gulf Coast wetlands"
    assert not article.authors
    assert article.discarded[0].reason == "official website banner"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Official website of the Government of the Republic of Valmora", True),
        ("An official website of the United States government", True),
        ("Official websites use .gov", False),
        ("Official website of the club says tickets are sold out. Fans queued all night.", False),
    ],
)
def test_government_banner_opens_with_or_without_its_article(line, expected):
    assert d.official_banner_opener(line) is expected


def test_reworded_browser_title_over_a_government_headline_is_the_browsers():
    browser = "Troops deploy to flood-hit north - Ministry of Defence of the Republic of Valmora"
    text = (
        browser + "\nSkip to main content\nHome\nNewsroom\n"
        "Troops deploy to support flood relief in the north\nBy Jane Doe\n" + BODY
    )
    article = _parse(text)
    assert article.title == "Troops deploy to support flood relief in the north"
    assert (browser, "browser page title") in {(e.text, e.reason) for e in article.discarded}


def test_browser_title_with_a_rewritten_ending_yields_to_the_printed_headline():
    browser = "Driver who was watching videos on his phone when he killed cyclist, 67, jailed"
    headline = "Driver who was watching videos on his phone when he killed a grandfather is jailed"
    text = (
        browser
        + " - Lakeside Post\nSkip to content\nNews\nCrime\nSport\nCrime\n"
        + headline
        + "\nA court heard he looked at his phone 14 times in two minutes\nJane Doe\n"
        + BODY
    )
    article = _parse(text)
    assert (article.title, article.section) == (headline, "Crime")


def test_the_long_site_name_of_a_reworded_browser_title_heads_the_footer():
    site = "Ministry of Defence of the Republic of Valmora"
    text = (
        "Troops deploy to flood-hit north - " + site + "\nSkip to main content\nHome\n"
        "Troops deploy to support flood relief in the north\nBy Jane Doe\n"
        + BODY
        + site
        + "\n12 Citadel Square, Velthaven\nAccessibility statement\nSitemap\n"
        "© 2025 Government of the Republic of Valmora\n"
    )
    footer = [e.text for e in _parse(text).discarded if e.reason == "footer"]
    assert footer and footer[0].startswith(site + "\n")


def test_cookie_banner_over_the_headline_leaves_the_headline_over_the_standfirst():
    text = (
        "Care worker 'stole money', jury told - Kesterby Mail\nSkip to content\n"
        "Kesterby Mail\nMenu\nNews\nSport\n"
        "We and our partners use cookies to personalise content and ads and to analyse our "
        "traffic. You can change your choices at any time.\nAccept all\n"
        "Care worker stole money from residents, jury told\n"
        "The woman, 44, denies 19 counts of fraud by abuse of position at a care home in town\n"
        "By Jane Doe, Court Reporter\n" + BODY
    )
    assert _parse(text).title == "Care worker stole money from residents, jury told"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Email: press@mod.example.org", True),
        ("Tel: 021 555 0148 | Out of hours: 021 555 0100", True),
        ("Photographs and video for media use: media.mod.example.org", True),
        ("Pictures: https://media.example.org/floods", True),
        ("The minister said: the army will stay.", False),
        ("Contact the Ministry", False),
    ],
)
def test_press_contact_lines(line, expected):
    assert d.is_contact_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Page last updated: 14.10.2025 16:20", True),
        ("This page was last reviewed on 3 March 2025", True),
        ("Last updated: November 5, 2025", False),
        ("Page 3 of the report was updated", False),
    ],
)
def test_the_pages_own_update_stamp(line, expected):
    assert d.is_page_updated(line) is expected


def test_the_pages_update_stamp_is_no_teaser_of_the_related_list():
    text = (
        "Troops deploy to support flood relief\nBy Jane Doe\n" + BODY + "Related press releases\n"
        "Reservists called up in the northern province\n12.10.2025\n"
        "Army completes its autumn exercise in the north\n30.09.2025\n"
        "Page last updated: 14.10.2025 16:20\n"
    )
    titles = [r.title for r in _parse(text).related]
    assert titles == [
        "Reservists called up in the northern province",
        "Army completes its autumn exercise in the north",
    ]


@pytest.mark.parametrize(
    "line", ["Was this page helpful?", "Send us your feedback", "Is this page useful?"]
)
def test_feedback_prompts(line):
    assert d.is_feedback_prompt(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Skip next section Related topics", True),
        ("Skip next section Go back to the main page", True),
        ("Skip the next section of the rules, the judge said.", False),
    ],
)
def test_skip_section_links(line, expected):
    assert d.is_skip_link(line) is expected


def test_follow_prompt_naming_the_site():
    assert d.is_follow_prompt("Follow TASS on")


@pytest.mark.parametrize(
    "line",
    [
        "Catch all the Latest India News, Breaking News and Latest News updates on Hindustan "
        "Chronicle. Download the Hindustan Chronicle App to get daily news updates.",
        "Track Latest News Live on NDTV.com and get news updates from India and around the world",
    ],
)
def test_site_promotion_sign_off(line):
    assert d.is_site_promo(line)
    assert not d.is_site_promo("Get the latest figures from the ministry, officials said.")


def test_caption_above_a_labelled_credit_goes_with_it():
    text = (
        "Rail strike halts trains across Germany\nBy Anna Becker\n"
        "Passengers wait on a platform in Frankfurt on Wednesday morning\n"
        "Image: Sebastian Gollnow/dpa/picture alliance\n" + BODY
    )
    assert all("Passengers wait" not in getattr(b, "text", "") for b in _parse(text).blocks)


def test_a_short_lead_in_to_a_list_is_kept():
    text = (
        "Office awards $120 million to restore wetlands\nBy Jane Roe\n"
        + BODY
        + "Funding for this round:\n"
        "- Louisiana: $46 million for six projects\n- Texas: $28 million for four projects\n" + BODY
    )
    assert any(getattr(b, "text", "") == "Funding for this round:" for b in _parse(text).blocks)


def test_ambiguous_numeric_date_reads_month_first_on_a_page_that_writes_dates_so():
    text = (
        "Rail strike halts trains across Germany\nBy Anna Becker\n11/05/2025\n"
        + BODY
        + "Related content\nWhy are so many German trains late?\n10/28/2025\n"
    )
    assert _parse(text).published == "2025-11-05"


@pytest.mark.parametrize(
    "line",
    [
        "Editor: Huaxia",
        "Editors: Liu Wei, Zhang Min",
        "Data analysis: Hiba Mahjoub",
        "Fact-checking: Jane Roe",
        "Additional reporting: John Roe in Nairobi",
    ],
)
def test_desk_credits_with_a_colon_are_credits(line):
    assert is_credit(line)


def test_a_credit_under_the_byline_leaves_the_date_under_it_the_articles():
    text = (
        "Gold from the war reaches the Gulf\nKey findings\n"
        "• Eleven tonnes of gold left the country for the Emirates in 2024, customs records show.\n"
        "• Three companies shipped most of it, and they share an address and two directors.\n"
        "By Jane Doe and John Roe\nData analysis: Ann Poe\n29 October 2025\n" + BODY
    )
    page = _parse(text)
    assert page.published == "2025-10-29"
    assert "Data analysis: Ann Poe" not in [getattr(b, "text", "") for b in page.blocks]


def test_ambiguous_teaser_dates_follow_the_page_order_of_numeric_dates():
    text = (
        "Rail strike halts trains across Germany\nBy Anna Becker\nNovember 5, 2025\n"
        + BODY
        + "Related content\nWhy are so many German trains late?\n10/28/2025\n"
        "Rail operator reports record loss as strikes bite\n11/05/2025\n"
    )
    assert [r.date for r in _parse(text).related] == ["2025-10-28", "2025-11-05"]


def test_ambiguous_teaser_dates_stay_day_first_on_a_day_first_page():
    text = (
        "Rail strike halts trains across Britain\nBy Anna Becker\n28/10/2025\n"
        + BODY
        + "Related content\nRail operator reports record loss as strikes bite\n11/05/2025\n"
    )
    assert [r.date for r in _parse(text).related] == ["2025-05-11"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("For Immediate Release", True),
        ("FOR IMMEDIATE RELEASE", True),
        ("Embargoed until 00:01 GMT Thursday 6 November", True),
        ("Not for publication before 10:00 CET", True),
        ("For immediate release, the ministry said it would publish the data.", False),
    ],
)
def test_press_release_handling_notices(line, expected):
    assert d.is_release_notice(line) is expected


def test_release_notice_is_neither_title_nor_label():
    text = "For Immediate Release\nOffice awards $120 million to restore wetlands\n" + BODY
    article = _parse(text)
    assert article.title == "Office awards $120 million to restore wetlands"
    assert article.section is None
    assert article.discarded[0].reason == "press release notice"


def test_skip_link_after_the_article_is_logged_as_a_skip_link():
    text = (
        "Rail strike halts trains across Germany\nBy Anna Becker\n"
        + BODY
        + "Skip next section Related topics\nRelated topics\nStrikes\nGermany\n"
    )
    reasons = {e.text: e.reason for e in _parse(text).discarded}
    assert reasons["Skip next section Related topics"] == "skip link"


@pytest.mark.parametrize(
    "line", ["With inputs from PTI", "(With inputs from agencies)", "With agency inputs"]
)
def test_agency_input_lines_are_credits(line):
    assert is_credit(line)


def test_metadata_row_gives_date_and_desk_credit():
    line = "Source: Xinhua| 2025-11-05 18:30:12|Editor: huaxia"
    assert d.meta_row_parts(line) == ["Source: Xinhua", "2025-11-05 18:30:12", "Editor: huaxia"]
    article = _parse("China's exports rise in October as shipments grow\n" + line + "\n" + BODY)
    assert (article.published, article.authors, article.credits) == (
        "2025-11-05",
        (),
        ("Editor: huaxia",),
    )


@pytest.mark.parametrize(
    "line", ["Home | World | Politics", "Trade talks resume | 2025-11-05", "Source: Xinhua"]
)
def test_rows_without_a_date_or_with_a_headline_are_not_metadata_rows(line):
    assert d.meta_row_parts(line) is None


@pytest.mark.parametrize(
    ("menu", "section"),
    [
        ("Home\nChina\nWorld\nBusiness\nSci-Tech\n", None),  # the menu runs into the headline
        ("Home\nPolitics\nWorld\nBusiness\nPolitics\n", "Politics"),  # the section again
        ("Home\nWorld\nAsia\n", "Asia"),  # too short for a menu: a breadcrumb trail
        ("Menu\nNews\nSport\nBusiness\nScotland\n", "Scotland"),  # no Home link: a label
    ],
)
def test_menu_right_above_the_headline_is_no_section(menu, section):
    text = menu + "China's exports rise in October as shipments grow\nBy Li Wei\n" + BODY
    assert _parse(text).section == section


def test_agency_photographer_credit_closes_a_caption():
    assert d.is_image_credit("Containers at Qingdao Port, Nov. 3, 2025. (Xinhua/Li Ziheng)")


def test_name_and_job_title_over_place_and_date_is_the_byline_not_a_teaser():
    text = (
        "Spokesperson's Press Briefing - MFA Lorn\nSpokesperson's Press Briefing\n"
        "Emeka Okafor, Ministry Spokesperson\n"
        "Press Briefing Room, Port Sable\nOctober 14, 2025\n" + BODY
    )
    article = _parse(text)
    assert [a.name for a in article.authors] == ["Emeka Okafor"]
    assert article.published == "2025-10-14"
    assert article.related == ()


def test_labelled_teaser_between_headline_and_text_is_still_a_teaser():
    text = (
        "Spokesperson's Press Briefing - MFA Lorn\nSpokesperson's Press Briefing\nReadout\n"
        "Minister's Call With The Foreign Minister\n"
        "October 13, 2025\n" + BODY
    )
    assert [r.title for r in _parse(text).related] == ["Minister's Call With The Foreign Minister"]


@pytest.mark.parametrize(
    ("control", "byline"),
    [
        ("Listen to this article", "By Jane Roe"),
        ("Listen to this article", "Jane Roe and John Doe"),
        ("Share", "Jane Roe, Senior Correspondent"),
        ("5 min read", "Jane Roe and John Doe"),
        ("Listen · 4:02", "By Jane Roe and John Doe"),
    ],
)
def test_toolbar_control_over_byline_and_date_is_no_teaser(control, byline):
    text = f"Flood leaves thousands homeless in river delta\n{control}\n{byline}\nMarch 3, 2025\n"
    article = _parse(text + BODY)
    assert [a.name for a in article.authors] == [
        name for name in ("Jane Roe", "John Doe") if name in byline
    ]
    assert article.published == "2025-03-03"
    assert article.related == ()
    assert control in {e.text for e in article.discarded}


def test_label_over_a_by_line_and_date_is_the_section_not_a_teaser():
    text = "Flood leaves thousands homeless in river delta\nOpinion\nBy Jane Roe\nMarch 3, 2025\n"
    article = _parse(text + BODY)
    assert article.section == "Opinion"
    assert [a.name for a in article.authors] == ["Jane Roe"]
    assert article.related == ()


def test_foreign_script_line_above_the_headline_is_the_language_switch():
    text = "Xinhua\nEnglish\n中文\nChina's exports rise in October as shipments grow\n" + BODY
    reasons = {e.text: e.reason for e in _parse(text).discarded}
    assert reasons["Xinhua\nEnglish\n中文"] == "site navigation"


@pytest.mark.parametrize(
    ("line", "expected"),
    [("1.2K", True), ("34", True), ("2.3K followers", True), ("180 following", True),
     ("Views: 1,482", True), ("Reads: 3.1K", True),
     ("34 years", False), ("2025", False), ("Views: 12 experts weigh in", False)],
)  # fmt: skip
def test_engagement_counts(line, expected):
    assert d.is_engagement_count(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("See all from Priya Raman", True), ("See more recommendations", True),
     ("View all", True), ("See all the ways the plan could fail", False)],
)  # fmt: skip
def test_see_all_links(line, expected):
    assert d.is_see_all_link(line) is expected


@pytest.mark.parametrize("line", ["Member-only story", "Premium article", "Subscribers only"])
def test_access_badges_with_a_noun(line):
    assert d.is_access_badge(line)


_ESSAY_BODY = (
    "The board had become the project, and the project had become a chore after work.\n"
    "Boards exist so that many people can see who is doing what without asking anyone.\n"
    "On a team of one, nobody needs that, because the answer is always the same person.\n"
    "These days each project gets a single text file, and it takes two minutes a day.\n"
)


def test_author_card_under_the_text_gives_tags_and_a_bio_without_the_name():
    text = (
        "Why I stopped using boards for side projects\nBy Priya Raman\n"
        + _ESSAY_BODY
        + "--\n1.2K\nProductivity\nSide Projects\nWritten by Priya Raman\n2.3K followers\n·\n"
        "Engineer at a payments company in Toronto. I write about tools and habits.\nFollow\n"
    )
    article = _parse(text)
    assert article.tags == ("Productivity", "Side Projects")
    assert [(a.name, a.bio) for a in article.authors] == [
        (
            "Priya Raman",
            "Engineer at a payments company in Toronto. I write about tools and habits.",
        )
    ]
    assert "Productivity" not in [getattr(b, "text", "") for b in article.blocks]


_ARABIC_BODY = (
    "عمّان - أقر وزراء المياه في الدول العربية خلال اجتماعهم الطارئ خطة مشتركة لمواجهة الجفاف.\n"
    "وتنص الخطة على إنشاء صندوق عربي للأمن المائي برأسمال أولي قدره مليار ونصف مليار دولار.\n"
    "ومن المقرر أن يعرض الوزراء الخطة على القمة العربية المقبلة لاعتمادها بشكل نهائي.\n"
)


@pytest.mark.parametrize(
    ("card", "bio"),
    [
        (
            "ليلى منصور\nصحفية متخصصة في شؤون البيئة والمياه، تغطي أخبار المشرق العربي من عمّان.\n",
            "صحفية متخصصة في شؤون البيئة والمياه، تغطي أخبار المشرق العربي من عمّان.",
        ),
        # Under another name, or not opening with the trade, the line is no bio of hers.
        (
            "سامر حداد\nصحفي متخصص في شؤون الطاقة، يغطي أخبار الخليج العربي من الدوحة منذ سنوات.\n",
            None,
        ),
        (
            "ليلى منصور\nتغطي أخبار البيئة والمياه في المشرق العربي من عمّان منذ عام 2016.\n",
            None,
        ),
    ],
)
def test_arabic_author_card_bio_opening_with_the_trade_under_the_name(card, bio):
    text = (
        "وزراء المياه العرب يقرون خطة مشتركة لمواجهة الجفاف\nبقلم: ليلى منصور\n"
        + _ARABIC_BODY
        + card
    )
    article = _parse(text)
    assert [(a.name, a.bio) for a in article.authors] == [("ليلى منصور", bio)]


def test_byline_under_a_standfirst_opens_no_author_card():
    text = (
        "Council delays the budget vote\nAuditors want two more weeks before the vote.\n"
        "By Ana Lima\n" + BODY
    )
    assert _parse(text).authors[0].bio is None


def test_platform_recommendations_are_site_wide():
    text = (
        "Why I stopped using boards for side projects\nBy Priya Raman\n"
        + _ESSAY_BODY
        + "Recommended from Medium\nHow I Organise My Notes in 2025\nSep 3, 2025\n2.4K\n"
        "See more recommendations\n"
    )
    article = _parse(text)
    assert article.related == ()
    last = article.discarded[-1]
    assert last.reason == "site-wide recommendations"
    assert last.text.endswith("\nSee more recommendations")  # the list's own link


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("For the latest news, weather, sports, and streaming video, head to KXRT News 7.", True),
        ("Download the KXRT News 7 app", True),
        ("For the latest figures, the ministry said, head counts were used.", False),
        ("Get the latest figures from the ministry, officials said.", False),
    ],
)
def test_local_station_sign_offs(line, expected):
    assert d.is_site_promo(line) is expected


def test_an_embedded_videos_title_asking_a_question_is_still_discarded():
    text = (
        "Ship seized off Somalia\n"
        "By Jane Doe\n"
        "Armed men boarded the bulk carrier on Sunday, the operator said in a statement.\n"
        "Watch: Why has piracy returned to the Gulf of Aden?\n"
        "The crew of 21 are safe, the operator said on Wednesday afternoon.\n"
    )
    parsed = _parse(text)
    assert "Watch: Why has piracy returned to the Gulf of Aden?" in {
        entry.text for entry in parsed.discarded
    }


def test_video_now_line_is_an_embedded_video():
    assert d.is_media_embed("Video Now: Smoke seen from Highway 20 as crews fight the fire")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Video Unavailable", True),
        ("This media is not available in the archived version of this page.", True),
        ("The video was unavailable for weeks, officials said.", False),
    ],
)
def test_archive_placeholder_for_an_embed_is_embedded_media(line, expected):
    assert d.is_video_player_notice(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Video Loading", True),
        ("Tap to play", True),
        ("Click to play", True),
        ("The video will auto-play soon8Cancel", True),
        ("Click to play the game online, readers were told.", False),
        ("The video will be shown in court on Monday.", False),
    ],
)
def test_a_video_players_loading_residue_is_embedded_media(line, expected):
    assert d.is_video_player_notice(line) is expected


def test_the_play_button_under_a_video_player_is_the_videos():
    text = (
        "Rains return to the Sahel\nBy Ana Lima\n" + BODY + "Video Loading\nVideo Unavailable\n"
        "Click to play\nTap to play\nThe video will auto-play soon8Cancel\nPlay now\n" + BODY
    )
    groups = [(e.text, e.reason) for e in _parse(text).discarded]
    assert (
        "Video Loading\nVideo Unavailable\nClick to play\nTap to play\n"
        "The video will auto-play soon8Cancel\nPlay now",
        "embedded media",
    ) in groups


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Watch the briefing", True),
        ("Video 38:12", True),
        ("Listen to the full interview", True),
        ("Watch the skies", False),
        ("Video 2025 awards", False),
    ],
)
def test_link_to_the_recording_is_embedded_media(line, expected):
    assert d.is_media_link(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(The briefing was concluded at 2:41 p.m.)", True),
        ("(The press conference ended at 11:20 a.m.)", True),
        ("(The meeting was not recorded.)", False),
        ("The briefing was concluded at 2:41 p.m., officials said.", False),
    ],
)
def test_transcript_end_marker(line, expected):
    assert d.is_transcript_end(line) is expected


# Round 3: Asian wire copy, African dailies, podcast transcripts


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(ATTN: UPDATES with details in paras 3-7, photo)", True),
        ("(CORRECTS spelling of name in para 2)", True),
        ("(The figures were revised on Tuesday.)", False),
        ("(Reporting by Jane Doe)", False),
    ],
)
def test_wire_notes_to_editors(line, expected):
    assert d.is_wire_note(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Allies wrap up five-day air exercise with F-35s 2025-11-04 16:30",
            ("Allies wrap up five-day air exercise with F-35s", "2025-11-04"),
        ),
        ("Storm hits coast - 25/11/2025", ("Storm hits coast", "2025-11-25")),
        ("Allies test F-35s", ("Allies test F-35s", None)),
    ],
)
def test_teaser_dates_after_the_title(text, expected):
    assert split_item_date(text) == expected


def test_font_size_control_is_no_byline():
    assert d.is_share_row("Font Size")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Join the Lagos Daily WhatsApp channel for the latest news", True),
        ("Follow us on Telegram", True),
        ("Police said the suspects used WhatsApp to coordinate the attack.", False),
    ],
)
def test_messaging_channel_prompts(line, expected):
    assert d.is_channel_promo(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Follow Daily Horizon on Google News", True),
        ("Meridyen Gazetesi'ni Google News'te takip edin", True),
        ("Join the Lagos Daily WhatsApp channel for the latest news", False),
    ],
)
def test_a_news_aggregator_follow_prompt_is_the_sites_promotion(line, expected):
    assert d.is_aggregator_follow(line) is expected
    text = "Storm hits the coast\nBy Jane Doe\n" + BODY + line + "\n" + BODY
    reasons = {entry.text: entry.reason for entry in _parse(text).discarded}
    assert (reasons[line] == "site promotion") is expected


def test_support_box_is_discarded_whole():
    text = (
        "Fuel queues return to Lagos\nBy Ada Obi\n"
        + BODY
        + "Support the Lagos Daily's journalism of integrity\n"
        "Good journalism costs a lot of money, and only readers can fund it.\n"
        "Donate\n"
    )
    article = _parse(text)
    assert article.discarded[-1].reason == "donation appeal"
    assert article.discarded[-1].text.endswith("Donate")
    assert all("journalism" not in b.get("text", "") for b in article.to_dict()["blocks"])


def test_a_donation_box_with_its_amounts_and_the_sites_own_notice_is_discarded_whole():
    box = (
        "Investigations like this take months. Help us do the next one.\n"
        "Tracewell is a non-profit newsroom. More than 90% of our budget comes from donors.\n"
        "€5 / month\n€25 / month\nOther amount\nDonate now\n"
    )
    text = (
        "Gold from the war reaches the Gulf | Tracewell\nGold from the war reaches the Gulf\n"
        "By Jane Doe\n" + BODY * 2 + box + "More investigations\n"
    )
    discarded = {entry.text: entry.reason for entry in _parse(text).discarded}
    assert discarded[box.rstrip("\n")] == "donation appeal"


def test_labelled_text_ad():
    assert d.is_labelled_ad("TEXT AD: Call Willie - +2348098788999")
    assert not d.is_labelled_ad("Text messages were sent to every resident.")


@pytest.mark.parametrize(
    "line",
    [
        "Listen on Apple Podcasts",
        "RSS Feed",
        "Play episode",
        "00:00 / 42:18",
        "1.5x",
        "Download MP3",
    ],
)
def test_audio_player_controls(line):
    assert d.is_player_control(line)


def test_player_control_is_not_a_sentence():
    assert not d.is_player_control("Listen to the minister explain the plan in her own words.")


def test_transcript_time_codes():
    assert d.is_media_timestamp("00:12:30")
    assert d.is_media_timestamp("[04:12]")
    assert not d.is_media_timestamp("2025")


def test_episode_guest_line_is_no_heading():
    assert not d.is_heading_like("Guest: Felix Brandt, professor of hydrology at Koblenz")
    assert d.is_heading_like("Transcript")


def test_hosted_by_is_a_byline():
    assert explicit_byline("Hosted by Nora Lindgren") == ["Nora Lindgren"]


def test_member_supported_station_notice():
    assert d.is_publisher_notice("Riverside Public Radio is a member-supported station.")


def test_headline_with_an_episode_number_over_the_browser_title():
    text = (
        "Why the Rhine is running dry | The Climate Desk | Riverside Radio\n"
        "Riverside Radio\nPodcasts\n"
        "Episode 214: Why the Rhine is running dry\nHosted by Nora Lindgren\n" + BODY
    )
    article = _parse(text)
    assert article.title == "Episode 214: Why the Rhine is running dry"
    assert [a.name for a in article.authors] == ["Nora Lindgren"]


# Round 3: agency-first photo credits, live indexes, newsletter copies of the headline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Gustavo Petro speaks in Bogotá, November 3, 2025. REUTERS/Luisa González", True),
        ("Rescuers search the rubble in Hatay. AP Photo/Emrah Gurel", True),
        # What the picture is, after the photographer.
        ("A view of the damaged building in Kyiv, May 2, 2025. REUTERS/Gleb Garanich/Pool", True),
        ("Troops in Omdurman, March 2, 2025. REUTERS/El Tayeb Siddig/File Photo", True),
        ("The poll was run by REUTERS/Ipsos/File and others over the weekend in Berlin.", False),
        # The agency alone after the caption's full stop, as French papers credit.
        ("Des manifestants à Bamako, le 28 novembre 2025. AFP", True),
        ("Le rapport a été publié mardi par AFP", False),
        ("The ministers at the signing ceremony in Riyadh. (SPA)", True),
        ("The ministers meet in Cairo on Tuesday. Photo courtesy of the Foreign Ministry", True),
        ("The figures come from a Reuters/Ipsos poll of 1,000 adults published on Monday.", False),
        ("She kept the photo courtesy of her uncle's friend in the archive for years.", False),
    ],
)
def test_agency_photo_credits(line, expected):
    assert d.is_image_credit(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Follow @rharbi_gc", "@rharbi_gc"),
        ("Follow her on X @jdoe", "@jdoe"),
        ("@jdoe", "@jdoe"),
        ("Follow us on Instagram", None),
        ("Email jdoe@example.com", None),
    ],
)
def test_author_handle_lines(line, expected):
    assert d.author_handle(line) == expected


def test_handle_under_a_bare_byline_is_the_authors():
    text = "Council delays the budget vote\nRashid Al-Harbi\nFollow @rharbi_gc\n" + BODY
    (author,) = _parse(text).authors
    assert (author.name, author.handles) == ("Rashid Al-Harbi", ("@rharbi_gc",))


def test_short_url_label_is_not_a_byline():
    assert bare_byline("Short Url") is None


def test_live_post_index_is_discarded_and_is_no_section():
    text = (
        "Home > India > Elections\nVoting live: turnout rises in the first phase\n"
        "Voting is under way in 121 of the state's 243 seats, with long queues reported.\n"
        "By Abhishek Jha\nKey updates\n- 11:32 AM: Turnout reaches 27.6% by 11 am\n"
        "- 07:01 AM: Polling begins\nNov 06, 2025 11:32 AM IST\nTurnout reaches 27.6% by 11 am\n"
        + BODY
    )
    article = _parse(text)
    assert article.section == "Elections"
    assert {"type": "heading", "level": 2, "text": "Turnout reaches 27.6% by 11 am"} in [
        b.to_dict() for b in article.blocks
    ]
    assert any(e.reason == "index of live posts" for e in article.discarded)


def test_topics_menu_over_the_headline_is_navigation_not_tags():
    text = "Topics\nRegions\nExperts\nEvents\nCommentary\nCouncil delays the budget vote\n" + BODY
    assert _parse(text).tags == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Here is how the main sources compared over the last two winters:", True),
        ("Table 1: Grain exports by route (million tonnes)", False),
        ("Key figures:", False),
    ],
)
def test_lead_in_sentences_are_not_table_captions(line, expected):
    assert d.is_lead_in(line) is expected


def test_headline_printed_again_in_a_share_box_is_still_the_title():
    headline = "Why Europe's gas storage numbers are less reassuring than they look"
    text = (
        f"{headline}\nSubscribe\nSign in\nShare this post\nEnergy Notes\n{headline}\nCopy link\n"
        f"{headline}\nFull tanks in November tell you about last summer\nTomasz Wierzbicki\n"
        "Nov 06, 2025\n" + BODY
    )
    article = _parse(text)
    assert article.title == headline
    assert article.section is None


def test_pitch_to_get_analysis_in_your_inbox_is_a_newsletter_box():
    assert d.is_newsletter_box("Get our analysis in your inbox every week.")
    assert d.is_newsletter_title("Stay informed")


@pytest.mark.parametrize(
    ("line", "expected"), [("3 min", True), ("4 mins", True), ("3 min ago", False)]
)
def test_a_bare_duration_is_a_reading_time(line, expected):
    assert is_reading_time(line) is expected


# Round 3: layouts from other outlets (metro daily, WordPress blog, Sunday paper, live page)


def test_ad_slugs_joined_by_a_dash_are_one_marker():
    assert d.is_ad_marker("Advertisement - Scroll to continue")
    assert not d.is_ad_marker("Advertising - the industry that ate the internet")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publicidad", True),
        ("Anzeige", True),
        ("Annons", True),
        ("PUBLICITÉ", True),
        ("Publicidad engañosa: multa récord", False),
        ("Annonsörerna lämnar plattformen", False),
    ],
)
def test_ad_markers_in_other_languages_on_any_page(line, expected):
    assert d.is_ad_marker(line) is expected


def test_article_count_meter_is_a_paywall_line():
    assert d.is_paywall("You've read 3 of 5 free articles this month.")
    assert d.is_paywall("You’ve read 2 of your 3 free stories")  # noqa: RUF001
    assert not d.is_paywall("You've read the report, so you know what comes next.")


@pytest.mark.parametrize(
    "line",
    [
        "7 thoughts on “Water rationing on the allotments from Monday”",
        'One response to "Why the bridge is closed"',
    ],
)
def test_wordpress_thread_header_naming_the_post_opens_the_comments(line):
    assert lb.COMMENTS_HEADER_RE.match(line)


def test_bio_under_a_box_headed_by_the_byline_name_spelled_otherwise_is_an_alias():
    text = (
        "Nurses to test a four-day week\nCatherine O'Donnell in Valencia\n"
        + BODY
        + "Catherine O'Donnell\nKate O'Donnell is the paper's Spain correspondent and writes "
        "a newsletter at https://kate.example.net\nFollow her on X @kodonnell_es\n"
    )
    (author,) = _parse(text).authors
    assert author.name == "Catherine O'Donnell"
    assert author.aliases == ("Kate O'Donnell",)
    assert author.links == ("https://kate.example.net",)
    assert author.handles == ("@kodonnell_es",)


def test_bulleted_related_links_stop_before_the_caption_under_them():
    text = (
        "Grid switch completed early\n"
        + BODY
        + "More on this story:\n- Baltic grid switch explained\n- EU approves final funding\n"
        "Grid engineers in the control room in Vilnius on Sunday.\n"
        "Officials said the switch went smoothly and no customers lost power at any point.\n"
    )
    assert [r.title for r in _parse(text).related] == [
        "Baltic grid switch explained",
        "EU approves final funding",
    ]


def test_live_post_headline_under_a_dated_time_stamp_is_a_heading():
    text = (
        "Regional elections live: polls close in Saxony and Thuringia\n"
        "The Continental Post\nMenu\nSearch\nNews\nLive\n"
        "Regional elections live: polls close in Saxony and Thuringia\n"
        "Voters in two eastern states choose new parliaments today\n"
        "By Greta Wolff\n2024-03-03T10:15:00Z\nPinned\n"
        "Polling stations opened at 8am local time and will close at 6pm tonight.\n"
        "3 March 2024, 14:30 CET\nTurnout reaches 27.6%\n"
        "By 2pm, 27.6% of registered voters had cast their ballots, the returning officer said.\n"
    )
    article = _parse(text)
    assert {"type": "heading", "level": 2, "text": "Turnout reaches 27.6%"} in article.to_dict()[
        "blocks"
    ]
    assert article.section is None


# French, German and Spanish pages


@pytest.mark.parametrize(
    "line",
    ["Zum Inhalt springen", "Aller au contenu principal", "Ir al contenido", "Saltar al contenido"],
)
def test_skip_links_in_other_languages_are_skip_links(line):
    assert d.is_skip_link(line)


@pytest.mark.parametrize(
    "line", ["Anmelden", "Startseite", "Se connecter", "S'abonner", "Iniciar sesión", "Suscríbete"]
)
def test_site_controls_in_other_languages_are_chrome(line):
    assert d.is_chrome_word(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.", True),
        ("Nous utilisons des cookies pour améliorer votre expérience de navigation.", True),
        ("Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso.", True),
        ("Die Bäckerei verkauft Cookies und Kuchen an Touristen aus aller Welt.", False),
        (
            "We and our partners store and access information on your device, such as cookies, "
            "and process personal data to personalise ads and content.",
            True,
        ),
        ("We store the cookies in a tin and personalise each box for the fair.", False),
    ],
)
def test_cookie_notices_in_other_languages(line, expected):
    assert d.is_cookie_notice(line) is expected


@pytest.mark.parametrize(
    "line",
    ["Alle akzeptieren", "Tout accepter", "Paramétrer", "Rechazar", "MORE OPTIONS", "Tilpass"],
)
def test_cookie_buttons_in_other_languages(line):
    assert d.COOKIE_BUTTON_RE.match(line)


# Swedish, Danish and Norwegian furniture: the words join the other languages' lists.
@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (
            d.is_cookie_notice,
            "Vi använder cookies för att ge dig en bättre upplevelse och för att mäta trafiken "
            "på sajten.",
            True,
        ),
        (d.is_cookie_notice, "Bageriet säljer cookies och kakor till turister.", False),
        (lambda line: bool(d.COOKIE_BUTTON_RE.match(line)), "Godkänn alla", True),
        (lambda line: bool(d.COOKIE_BUTTON_RE.match(line)), "Endast nödvändiga", True),
        (lambda line: bool(d.COOKIE_BUTTON_RE.match(line)), "Godkänn beslutet", False),
        (is_reading_time, "Lästid: 4 min", True),
        (is_reading_time, "Lästiden är kort", False),
        (d.is_share_row, "Dela artikeln", True),
        (d.is_share_row, "Lyssna på artikeln", True),
        (d.is_share_row, "Dela med dig av dina tankar", False),
        (
            d.is_image_credit,
            "Fatima Hassan har lagat mat på en kokplatta i badrummet sedan i maj. Foto: Erik "
            "Sandberg",
            True,
        ),
        (d.is_image_credit, "Hon visade oss sitt bästa foto: en solnedgång över sjön", False),
        (d.is_paywall, "Redan prenumerant? Logga in", True),
        (d.is_paywall, "Redan som barn läste hon tidningen", False),
        (d.is_subscription_box_title, "Prenumerera på Morgonposten", True),
        (d.is_subscription_box_title, "Prenumerationspriserna stiger", False),
    ],
)
def test_nordic_page_furniture(detector, line, expected):
    assert bool(detector(line)) is expected


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        (
            "Anna Lindqvist är reporter på Stockholmsredaktionen och skriver om bostäder.",
            "Anna Lindqvist",
        ),
        ("Anna Lindqvist är glad över beslutet och tackar grannarna.", None),
    ],
)
def test_nordic_author_bio(line, subject):
    assert bio_subject(line) == subject


NORDIC_BODY = (
    "När hyresgästerna fick brevet stod det att köken skulle vara klara till midsommar.\n"
    "Fem månader senare står spisarna fortfarande inplastade i trapphusen i området.\n"
)


def test_nordic_read_also_teaser_and_topic_box():
    text = (
        "Hyresgäster i Rinkeby har varit utan kök i fem månader\n"
        + NORDIC_BODY
        + "Läs också: Stambyten i miljonprogrammet – så mycket höjs hyrorna\n"
        + NORDIC_BODY
        + "Ämnen i artikeln\nRinkeby\nStambyte\n"
    )
    article = _parse(text)
    assert [r.title for r in article.related] == [
        "Stambyten i miljonprogrammet – så mycket höjs hyrorna"
    ]
    assert article.tags == ("Rinkeby", "Stambyte")


@pytest.mark.parametrize(
    ("speech", "quote"),
    [
        (
            "– Vi beklagar verkligen situationen och letar efter en ny leverantör, säger "
            "Järvahems vd Mikael Öberg.",
            (
                "Vi beklagar verkligen situationen och letar efter en ny leverantör",
                "Mikael Öberg",
            ),
        ),
        (
            "”Att vara utan kök i fem månader är inte en mindre olägenhet”, säger Leila Amini, "
            "ombudsman.",
            ("Att vara utan kök i fem månader är inte en mindre olägenhet", "Leila Amini"),
        ),
    ],
)
def test_nordic_direct_speech_is_a_quoted_paragraph(speech, quote):
    article = _parse(
        "Hyresgäster i Rinkeby har varit utan kök\n" + NORDIC_BODY + speech + "\n" + NORDIC_BODY
    )
    assert Paragraph(speech) in article.blocks
    assert [(q.text, q.speaker) for q in article.quotes] == [quote]


def test_dashed_items_under_a_lead_in_stay_a_list():
    text = (
        "Hyresgäster i Rinkeby har varit utan kök\n"
        + NORDIC_BODY
        + "Så här ansöker du om nedsättning av hyran:\n"
        + "– Skriv till hyresnämnden och beskriv vad som saknas i lägenheten.\n"
        + NORDIC_BODY
    )
    assert any(b.to_dict()["type"] == "list" for b in _parse(text).blocks)


def test_source_line_under_a_fact_box_is_text_not_a_heading():
    text = (
        "Hyresgäster i Rinkeby har varit utan kök\n"
        + NORDIC_BODY
        + "Fakta: Stambyte\n• Rören byts efter 40–50 år.\n• Köket går inte att använda.\n"
        + "Källa: Hyresgästföreningen\nStaden kräver en plan\n"
        + NORDIC_BODY
    )
    assert Paragraph("Källa: Hyresgästföreningen") in _parse(text).blocks


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Share this specific contribution", True),
        ("Share this debate", True),
        ("Share this investigation", True),
        ("Download text", True),
        ("Share of contributions rose", False),
        ("Download the text of the bill here", False),
    ],
)
def test_a_debate_records_share_and_download_controls(line, expected):
    assert d.is_share_row(line) is expected


@pytest.mark.parametrize(
    "line", ["Teilen", "Artikel anhören", "Partager", "Écouter cet article", "Compartir"]
)
def test_share_and_listen_controls_in_other_languages(line):
    assert d.is_share_row(line)


# A Mexican daily: its furniture, and article lines of the same words that stay article.
@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (d.is_share_row, "Copiar liga", True),
        (d.is_share_row, "La liga de campeones", False),
        (d.is_ad_marker, "Publicidad", True),
        (d.is_ad_marker, "Publicidad engañosa en la campaña", False),
        (d.is_follow_prompt, "Síguenos en Google News", True),
        (d.is_follow_prompt, "Siguen los bloqueos en la carretera federal", False),
        (
            d.is_channel_promo,
            "¡El Heraldo Nacional ya está en WhatsApp! Únete a nuestro canal y recibe noticias.",
            True,
        ),
        (
            d.is_channel_promo,
            "El alcalde ya está en contacto con los transportistas por WhatsApp y teléfono.",
            False,
        ),
        (d.is_newsletter_line, "Las noticias más importantes, cada mañana en tu correo.", True),
        (d.is_newsletter_line, "Correo electrónico", True),
        (d.is_newsletter_line, "El correo de la escuela llegó tarde.", False),
        (d.is_chrome_word, "Suscribirme", True),
        (
            d.is_copyright_notice,
            "El Heraldo Nacional. Todos los derechos reservados © 2025. Queda prohibida la "
            "reproducción total o parcial sin autorización.",
            True,
        ),
        (
            d.is_copyright_notice,
            "Dijo que todos los derechos reservados al club © fueron ignorados.",
            False,
        ),
        (lb.TAGS_LABEL_RE.match, "Temas relacionados", True),
        (lb.TAGS_LABEL_RE.match, "Temas relacionados con la sequía", False),
        (lb.COMMENTS_HEADER_RE.match, "3 comentarios", True),
        (lb.COMMENTS_HEADER_RE.match, "Comentarios del alcalde sobre la sequía", False),
        (lb.SITEWIDE_LABEL_RE.match, "Lo más visto", True),
        (lb.SITEWIDE_LABEL_RE.match, "Más leídas", True),
        (lb.SITEWIDE_LABEL_RE.match, "Lo más visto en la feria fue el maíz", False),
    ],
)
def test_spanish_furniture_in_a_mexican_daily(detector, line, expected):
    assert bool(detector(line)) is expected


# A Senegalese French daily: its furniture, and article lines of the same words that stay
# article.
@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (
            d.is_channel_promo,
            "Rejoignez la chaîne WhatsApp de La Voix du Cap-Vert pour recevoir l'essentiel de "
            "l'actualité chaque matin.",
            True,
        ),
        (
            d.is_channel_promo,
            "Les pêcheurs échangent les alertes météo sur WhatsApp depuis deux ans.",
            False,
        ),
        (d.is_follow_prompt, "Suivez-nous", True),
        (d.is_follow_prompt, "Suivez le guide", False),
        (lb.COMMENTS_HEADER_RE.match, "3 commentaires", True),
        (lb.COMMENTS_HEADER_RE.match, "Commentaires du ministre sur la pêche", False),
        (lb.SITEWIDE_LABEL_RE.match, "Les plus lus", True),
        (lb.SITEWIDE_LABEL_RE.match, "Les plus lus des romans de l'année", False),
        (lb.BREAKING_LABEL_RE.match, "Flash info", True),
        (lb.BREAKING_LABEL_RE.match, "Flash info : la Bourse de Dakar recule", False),
    ],
)
def test_french_furniture_in_a_senegalese_daily(detector, line, expected):
    assert bool(detector(line)) is expected


COMMENT_THREAD = (
    "3 commentaires\nModou Fall\n14 octobre 2025 à 11h03\nEnfin une décision courageuse.\n"
    "Répondre\nLaisser un commentaire\nCommentaire *\nNom *\nPublier le commentaire\n"
)


def test_a_french_comment_form_ends_the_thread_at_its_submit_button():
    text = "Dakar gèle les licences\nPar Aïssatou Ndiaye\n" + BODY + COMMENT_THREAD + BODY
    comments = [e.text for e in _parse(text).discarded if e.reason == "comments section"]
    assert comments == [COMMENT_THREAD.rstrip("\n")]


TICKER = "Flash info\nKaolack : un incendie ravage le marché\nTransport : les bus roulent la nuit\n"


@pytest.mark.parametrize("after", ["Accueil » Économie\n", "Économie\n"])
def test_a_breaking_news_ticker_above_the_breadcrumb_or_menu_is_its_own_list(after):
    text = "Actualité\nPolitique\n" + TICKER + after + "Dakar gèle les licences\n" + BODY
    article = _parse(text)
    assert TICKER.rstrip("\n") in [e.text for e in article.discarded]
    assert article.title == "Dakar gèle les licences"


# A Turkish daily: its furniture, and article lines of the same words that stay article.
@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (
            d.is_cookie_notice,
            "Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır. Detaylı bilgi "
            "için Çerez Politikası ve KVKK Aydınlatma Metni'ni inceleyebilirsiniz.",
            True,
        ),
        (d.is_cookie_notice, "Çerez üreticileri fiyatları yüzde 12 artırdı.", False),
        (d.COOKIE_BUTTON_RE.match, "Kabul Et", True),
        (d.COOKIE_BUTTON_RE.match, "Çerez Ayarları", True),
        (d.COOKIE_BUTTON_RE.match, "Kabul Etmedi", False),
        (d.is_share_row, "Paylaş", True),
        (d.is_share_row, "Linki kopyala", True),
        (d.is_share_row, "Yazı boyutu", True),
        (d.is_share_row, "Paylaşım ekonomisi büyüyor", False),
        (d.is_ad_marker, "Reklam", True),
        (d.is_ad_marker, "Reklam sektörü daraldı", False),
        (d.is_image_credit, "Bakan Aydemir, Ankara'da bir araya geldi. (Fotoğraf: AA)", True),
        (d.is_image_credit, "Fotoğrafçılar sergisi Ankara'da açıldı.", False),
        (d.is_footer_link, "Künye", True),
        (d.is_footer_link, "KVKK Aydınlatma Metni", True),
        (d.is_footer_link, "Künye bilgileri güncellendi ve yeni yayın yönetmeni atandı", False),
        (d.is_channel_promo, "Meridyen Gazetesi'ni Google News'te takip edin", True),
        (d.is_channel_promo, "Bakanlık WhatsApp'ta yayılan iddiaları yalanladı.", False),
        (d.is_app_promo, "App Store'dan indirin", True),
        (d.is_app_promo, "Google Play'den alın", True),
        (
            d.is_app_promo,
            "Son dakika gelişmelerini bildirim olarak almak için uygulamamızı indirin.",
            True,
        ),
        (d.is_app_promo, "Bakanlık yeni uygulamayı tanıttı.", False),
        (d.is_app_promo_title, "Meridyen Gazetesi cebinizde!", True),
        (d.is_app_promo_title, "Gazetesi ekonomide.", False),
        (lb.BREAKING_LABEL_RE.match, "SON DAKİKA", True),
        (lb.TAGS_LABEL_RE.match, "Etiketler:", True),
        (lb.RELATED_LABEL_RE.match, "İlgili Haberler", True),
        (lb.COMMENTS_HEADER_RE.match, "Yorumlar (4)", True),
        (lb.COMMENTS_HEADER_RE.match, "Yorumlar kullanıcıların kendi görüşleridir.", False),
        (lb.SITEWIDE_LABEL_RE.match, "En Çok Okunanlar", True),
        (lb.SITEWIDE_LABEL_RE.match, "En çok okunan kitaplar açıklandı", False),
    ],
)
def test_turkish_furniture_in_a_turkish_daily(detector, line, expected):
    assert bool(detector(line)) is expected


def test_a_cookie_banner_over_the_header_does_not_end_the_ticker_search():
    text = (
        "Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır. Detaylı bilgi için "
        "Çerez Politikası'nı inceleyebilirsiniz.\nKabul Et\nMeridyen Gazetesi\nSON DAKİKA\n"
        "Merkez Bankası yıl sonu enflasyon tahminini açıkladı\n"
        "İstanbul için yarın sağanak uyarısı\nGündem\nEkonomi\n"
        "Karadeniz'de mayın temizleme görev grubu genişliyor\n" + BODY
    )
    groups = [e.text for e in _parse(text).discarded]
    assert (
        "SON DAKİKA\nMerkez Bankası yıl sonu enflasyon tahminini açıkladı\n"
        "İstanbul için yarın sağanak uyarısı"
    ) in groups


TURKISH_NAMES = (
    "Milli Savunma Bakanı Kemal Aydemir, Romanya Savunma Bakanı Andrei Mureșan ile görüştü.\n"
)


@pytest.mark.parametrize(
    ("para", "speaker"),
    [
        (
            "Toplantıda konuşan Aydemir, “Karadeniz'de seyir güvenliği her şeyden önce kıyıdaş "
            "ülkelerin sorumluluğudur” dedi.",
            "Kemal Aydemir",
        ),
        (
            "Romanya Savunma Bakanı Mureșan ise “Son bir yılda Köstence açıklarında dokuz mayını "
            "etkisiz hale getirdik” diye konuştu.",
            "Andrei Mureșan",
        ),
        (
            "Merkez'den Dr. Selin Özbek ise Gürcistan'ın katılımının önemli olduğunu söyledi: "
            "“Gürcistan kıyıları, kış fırtınalarında sürüklenen mayınların son noktası.”",
            "Selin Özbek",
        ),
    ],
)
def test_turkish_quotes_name_the_subject_before_the_closing_verb(para, speaker):
    assert _inline(para, TURKISH_NAMES) == [
        (para[para.index("“") + 1 : para.index("”")].rstrip(","), speaker)
    ]


def test_a_turkish_quote_with_no_subject_in_its_sentence_is_not_recorded():
    para = (
        "Bakan Aydemir soruyu yanıtladı. “Sözleşmenin hükümleri açıktır ve herkes bunu bilir” "
        "ifadelerini kullandı."
    )
    assert _inline(para, TURKISH_NAMES) == []


def test_a_breaking_news_label_over_the_headline_is_no_ticker():
    text = "Flash info\nKaolack : un incendie ravage le marché\nPar Awa Diop\n" + BODY
    article = _parse(text)
    assert TICKER.rstrip("\n") not in [e.text for e in article.discarded]
    assert article.title == "Kaolack : un incendie ravage le marché"


# A Brazilian portal: its credits, buttons, promotions, player and teaser times in Portuguese.
@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (
            d.is_image_credit,
            "O ministro do Planejamento durante entrevista em Brasília — Foto: Diego Moura/Portal",
            True,
        ),
        (d.is_image_credit, "Ela guardou a foto: uma imagem antiga do avô", False),
        (d.is_share_row, "Compartilhar no Facebook", True),
        (d.is_share_row, "Compartilhar por e-mail", True),
        (d.is_share_row, "Copiar link", True),
        (d.is_share_row, "Compartilhar no grupo da família", False),
        (d.is_channel_promo, "Siga no WhatsApp", True),
        (d.is_channel_promo, "📲 Siga o canal de Política do Portal no WhatsApp", True),
        (d.is_channel_promo, "Siga as instruções enviadas pelo WhatsApp do banco", False),
        (
            d.is_app_promo,
            "📱 Baixe o app do Portal para ver notícias em tempo real e de graça",
            True,
        ),
        (d.is_app_promo, "Baixe o volume do rádio antes de dormir", False),
        (d.is_media_link, "Assista ao vídeo", True),
        (d.is_media_link, "Assista ao jogo", False),
        (d.is_player_progress, "0:00 / 2:47", True),
        (d.is_player_progress, "10:30 / 11:00 horas", False),
        (d.is_player_menu_item, "Tela cheia", True),
        (d.is_player_menu_item, "Tela cheia de cores", False),
        (lambda line: bool(d.COOKIE_BUTTON_RE.match(line)), "Prosseguir", True),
        (lambda line: bool(d.COOKIE_BUTTON_RE.match(line)), "Prosseguir com a reforma", False),
        (lb.SITEWIDE_LABEL_RE.match, "Mais lidas", True),
        (lb.SITEWIDE_LABEL_RE.match, "Mais lidas do que nunca", False),
        (is_relative_time, "há 5 horas", True),
        (is_relative_time, "ontem", True),
        (is_relative_time, "há 5 horas na fila", False),
    ],
)
def test_portuguese_furniture_in_a_brazilian_portal(detector, line, expected):
    assert bool(detector(line)) is expected


def test_video_title_and_player_under_a_watch_link_are_the_players():
    text = "\n".join(
        [
            "Governo anuncia bloqueio no Orçamento",
            "Por Camila Rocha",
            "O governo federal anunciou nesta segunda-feira o bloqueio de despesas do Orçamento.",
            "Assista ao vídeo",
            "Valadares explica bloqueio no Orçamento",
            "0:00 / 2:47",
            "Tela cheia",
            "Reação no Congresso",
            "O anúncio irritou parlamentares, que contavam com a liberação das emendas.",
        ]
    )
    parsed = parse_seed(text, source="t.txt")
    assert "Assista ao vídeo\nValadares explica bloqueio no Orçamento\n0:00 / 2:47\nTela cheia" in {
        entry.text for entry in parsed.discarded
    }
    assert Heading(2, "Reação no Congresso") in parsed.blocks


# A committee hearing's page carrying one witness's written testimony.
@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (d.is_download_link, "Hearing Memo (PDF)", True),
        (d.is_download_link, "Witness List (PDF)", True),
        (d.is_download_link, "The memo (PDF) was sent to members on Monday.", False),
        (d.is_genre_label, "Written Testimony", True),
        (d.is_genre_label, "Testimony of the flood victims", False),
        (bare_byline, "Written Testimony", False),
        (bare_byline, "Gordon Feld", True),
        (lb.RELATED_LABEL_RE.match, "Related Hearings", True),
        (lb.RELATED_LABEL_RE.match, "Related hearings were held in June", False),
    ],
)
def test_hearing_page_furniture(detector, line, expected):
    assert bool(detector(line)) is expected


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Witness: Dr. Adaeze Morrow, Senior Fellow, Energy Systems Program, Calloway "
            "Institute for Public Policy",
            ["Adaeze Morrow"],
        ),
        ("Witness: I do not recall that meeting.", None),
    ],
)
def test_a_witness_line_is_the_testimony_byline(line, names):
    assert explicit_byline(line) == names


def test_documents_after_the_article_and_the_masthead_over_the_footer_are_one_widget_each():
    text = "\n".join(
        [
            "Keeping the Lights On | House Committee on Energy, Water and Grid Resilience",
            "House Committee on Energy, Water and Grid Resilience",
            "Home",
            "Hearings",
            "Keeping the Lights On",
            "October 14, 2025",
            "Chairman Brandvold, thank you for the opportunity to testify today on the grid.",
            "Thank you again for the opportunity to testify. I look forward to your questions.",
            "Other Witnesses",
            "Mr. Gordon Feld, President and Chief Executive Officer, Tri-County Electric",
            "Download testimony (PDF)",
            "The Honorable Sandra Iwu, Commissioner, Estoria Energy Regulatory Commission",
            "Download testimony (PDF)",
            "House Committee on Energy, Water and Grid Resilience",
            "1402 Westwood House Office Building",
            "Privacy Policy | Accessibility | Contact the Committee",
        ]
    )
    groups = {entry.text for entry in parse_seed(text, source="t.txt").discarded}
    assert "\n".join(text.split("\n")[8:13]) in groups
    assert "\n".join(text.split("\n")[13:]) in groups


# A humanitarian situation report: its series number, standing notes, key figures and levels.
@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (d.is_article_id, "Situation Report No. 7", True),
        (d.is_article_id, "Situation Report on the Ambar floods", False),
        (
            d.is_publisher_notice,
            "This report is produced by OCHA Marovia in collaboration with humanitarian "
            "partners. The next report will be issued on or around 21 October.",
            True,
        ),
        (d.is_publisher_notice, "The report was produced by OCHA after the floods.", False),
        (
            d.is_publisher_notice,
            "All humanitarian partners, including donors and recipient agencies, are encouraged "
            "to inform FTS of cash and in-kind contributions by e-mailing fts@un.org.",
            True,
        ),
        (d.is_publisher_notice, "Donors are encouraged to visit the camps in Keth.", False),
        (d.is_share_row, "Download PDF (612 KB)", True),
        (d.is_share_row, "Download speeds fell (612 KB)", False),
        (lb.CONTACTS_LABEL_RE.match, "For further information, please contact:", True),
        (
            lb.CONTACTS_LABEL_RE.match,
            "For further information on the floods, see the annex.",
            False,
        ),
        (d.is_key_figure, "312,000", True),
        (d.is_key_figure, "US$48.6M", True),
        (d.is_key_figure, "312,000 people", False),
        (d.is_figure_label, "people in evacuation centres", True),
        (d.is_figure_label, "people in evacuation centres were moved on Monday.", False),
    ],
)
def test_situation_report_furniture(detector, line, expected):
    assert bool(detector(line)) is expected


def test_speaker_named_after_a_role_and_a_comma():
    paragraph = (
        "“The water is going down, but the needs are going up,” said the Humanitarian "
        "Coordinator in Marovia, Elena Sárközi, after visiting evacuation centres in Keth."
    )
    [(_, quote)] = inline_quotes(paragraph, NameIndex(paragraph))
    assert quote.speaker == "Elena Sárközi"


_SITREP = [
    "Marovia: Ambar River Floods",
    "As of 14 October 2025",
    "Heavy rain over the Ambar basin between 29 September and 4 October caused the river to "
    "burst its banks in four provinces.",
    "HIGHLIGHTS",
    "• Water levels on the Ambar River have begun to fall at the gauging stations.",
    "• Three suspected cholera cases were reported in Keth province on 12 October.",
    "KEY FIGURES",
    "312,000",
    "people in flood-affected areas",
    "41",
    "deaths confirmed",
    "HUMANITARIAN RESPONSE",
    "Health",
    "Needs: Health facilities report rising cases of diarrhoea and skin infections this week.",
    "FUNDING",
    "The Flash Appeal launched on 6 October seeks US$48.6 million to assist 420,000 people.",
    "Follow OCHA",
    "X",
    "Facebook",
    "LinkedIn",
    "© 2025 United Nations",
]


def test_key_figures_are_kept_and_capital_headings_hold_the_others():
    blocks = parse_seed("\n".join(_SITREP), source="t.txt").blocks
    assert Paragraph("312,000") in blocks
    assert Paragraph("deaths confirmed") in blocks
    assert Heading(2, "HUMANITARIAN RESPONSE") in blocks
    assert Heading(3, "Health") in blocks


def test_a_follow_label_over_social_networks_is_their_label():
    discarded = parse_seed("\n".join(_SITREP), source="t.txt").discarded
    assert "Follow OCHA\nX\nFacebook\nLinkedIn" in {entry.text for entry in discarded}


@pytest.mark.parametrize(
    ("prompt", "grouped"),
    [
        ("Follow us on", True),
        ("تابعونا على", True),
        ("Suivez-nous", True),
        # No prompt: the row stays apart from the line above it.
        ("Contact us", False),
    ],
)
def test_a_follow_prompt_over_social_networks_is_grouped_with_them(prompt, grouped):
    lines = _SITREP[:-5] + [prompt, "Facebook", "X", "YouTube", "© 2025 United Nations"]
    discarded = parse_seed("\n".join(lines), source="t.txt").discarded
    texts = {(entry.text, entry.reason) for entry in discarded}
    assert ((prompt + "\nFacebook\nX\nYouTube", "social links") in texts) is grouped


# An article seen inside a feed reader's web view: the reader's controls, ads and upsells.
@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (d.is_reader_control, "Open in browser", True),
        (d.is_reader_control, "Mark as read", True),
        (d.is_reader_control, "Add feed", True),
        (
            d.is_reader_control,
            "Press j / k to move between articles, m to mark as read, s to save",
            True,
        ),
        (d.is_reader_control, "Mark my words", False),
        (d.is_reader_control, "Press the button to continue", False),
        (d.is_logo_alt, "The Tidewater Ledger favicon", True),
        (d.is_logo_alt, "National Disaster Management Agency of Marovia logo", True),
        (d.is_logo_alt, "Ministry unveils new logo", False),
        (
            d.is_feed_footer,
            "The post Oyster farmers race to move stock appeared first on The Tidewater Ledger.",
            True,
        ),
        (d.is_feed_footer, "The post was created in 2019 to oversee the port.", False),
        (d.is_upgrade_prompt, "You're reading with Quillfeed Free", True),
        (
            d.is_upgrade_prompt,
            "Upgrade to Quillfeed Pro for full-text search, unlimited feeds and no ads.",
            True,
        ),
        (d.is_upgrade_prompt, "Try Pro free for 14 days", True),
        (d.is_upgrade_prompt, "Upgrade to the stadium was approved in June.", False),
        (d.is_app_promo, "Get Quillfeed for iOS and Android", True),
        (d.is_app_promo, "Get ready for a long winter", False),
        (lb.SITEWIDE_LABEL_RE.match, "More from this feed", True),
        (lb.SITEWIDE_LABEL_RE.match, "More from this feed was lost in the outage", False),
        (is_relative_time, "2h", True),
        (is_relative_time, "1d", True),
        (is_relative_time, "2x", False),
        (
            d.is_image_credit,
            "Line chart showing average October water temperature at Pell Point rising from "
            "about 66 degrees in 1985 to 79 degrees in 2025.",
            True,
        ),
        (d.is_image_credit, "Line chart makers lost market share to dashboards.", False),
        (d.is_bare_domain, "lumenapp.example", True),
        (d.is_bare_domain, "lumen app", False),
    ],
)
def test_feed_reader_furniture(detector, line, expected):
    assert bool(detector(line)) is expected


_FEED_READER = [
    "Oyster farmers race to move stock — Quillfeed",
    "Quillfeed",
    "Today",
    "All articles (1,284)",
    "Saved",
    "Add feed",
    "Oyster farmers race to move stock",
    "The Tidewater Ledger favicon",
    "Environment – The Tidewater Ledger",
    "by Marisol Fenwick",
    "Open in browser",
    "Mark as read",
    "Share",
    "Water in Merrow Bay averaged 79 degrees during the first week of October, the warmest on "
    "record for the month.",
    "At least 14 of the bay's 62 licensed shellfish farms have reported die-offs since "
    "mid-September.",
    "Sponsored",
    "Meet Lumen, the notes app that reads your feeds for you",
    "lumenapp.example",
    "© 2025 Quillfeed Labs",
]


def test_a_feed_readers_frame_around_the_article():
    parsed = parse_seed("\n".join(_FEED_READER), source="t.txt")
    groups = {entry.text for entry in parsed.discarded}
    assert parsed.section == "Environment"
    assert "Quillfeed\nToday\nAll articles (1,284)\nSaved\nAdd feed" in groups
    assert "Open in browser\nMark as read\nShare" in groups
    assert (
        "Sponsored\nMeet Lumen, the notes app that reads your feeds for you\nlumenapp.example"
        in (groups)
    )


def test_byline_and_date_rows_split_by_pipes_are_no_table():
    rows = ["Por Mariana Herrera | Corresponsal", "14 de octubre de 2025 | 06:30 hrs"]
    assert pipe_table(rows, 0) is None
    assert pipe_table(["Name | Role", "Mariana Herrera | Corresponsal"], 0) is not None


@pytest.mark.parametrize(
    "line", ["Mentions légales", "Datenschutzerklärung", "Aviso legal", "Política de privacidad"]
)
def test_legal_links_in_other_languages_are_footer(line):
    assert d.is_footer_link(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [("14:30 Uhr", True), ("18h45", True), ("9 h 05", True), ("1945", False)],
)
def test_times_of_day_in_other_languages_are_timestamps(line, expected):
    assert d.is_timestamp(line) is expected


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        (
            "Publié le 3 décembre 2026 à 18h45, modifié le 4 décembre 2026 à 09h10",
            "2026-12-03",
            "2026-12-04",
        ),
        ("Veröffentlicht am 4. Dezember 2026, 14:30 Uhr", "2026-12-04", None),
        ("Actualizado: 04/12/2026 - 10:15h", None, "2026-12-04"),
        ("Publicado el 4 de diciembre de 2026 a las 10:15", "2026-12-04", None),
    ],
)
def test_labelled_dates_in_other_languages(line, published, updated):
    found = date_line(line)
    assert (found.published, found.updated) == (published, updated)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lesezeit: 4 Min.", True),
        ("4 Min. Lesezeit", True),
        ("Temps de lecture : 5 min", True),
        ("3 min de lectura", True),
        ("Lecture: the Sahel in 2026", False),
        ("Lecture 5 min", True),
        ("Lecture 3: Markets", False),
    ],
)
def test_reading_times_in_other_languages(line, expected):
    assert is_reading_time(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Час читання: 3 хв", True), ("Час читання: 5 хвилин", True), ("Час читання книжок", False)],
)
def test_ukrainian_reading_time(line, expected):
    assert is_reading_time(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Поділитися: Facebook Telegram Viber X", True),
        ("Копіювати посилання", True),
        ("Поділитися досвідом з колегами вирішили вчителі", False),
    ],
)
def test_ukrainian_share_buttons(line, expected):
    assert d.is_share_row(line) is expected


def test_the_headline_over_its_standfirst_and_byline_under_the_masthead_tagline():
    text = (
        "Часопис24 — новини України та світу\nНовини Політика Економіка Світ\n"
        "Головна › Новини › Політика\n"
        "Рада зобов’язала громади облаштувати укриття в кожній школі\n"
        "Закон підтримали 284 народні депутати. Школи без укриття не зможуть навчати дітей.\n"
        "Автор: Олена Коваль\n14 жовтня 2025, 09:15\n" + BODY
    )
    assert _parse(text).title == "Рада зобов’язала громади облаштувати укриття в кожній школі"


@pytest.mark.parametrize(
    "line", ["Mehr zum Thema", "À lire aussi", "Sur le même sujet", "Noticias relacionadas"]
)
def test_related_labels_in_other_languages(line):
    assert lb.RELATED_LABEL_RE.match(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Related press releases", True),
        ("Related news releases", True),
        ("Related statements", True),
        ("Press releases", False),
        ("Related press releases were withdrawn", False),
    ],
)
def test_a_government_sites_related_releases_label(line, expected):
    assert bool(lb.RELATED_LABEL_RE.match(line)) is expected


@pytest.mark.parametrize(
    "line", ["Schlagworte", "Mots-clés :", "Etiquetas", "Palabras clave", "Archivado En"]
)
def test_tag_labels_in_other_languages(line):
    assert lb.TAGS_LABEL_RE.match(line)


@pytest.mark.parametrize(("line", "expected"), [("Transcript", True), ("Transcripts", False)])
def test_transcript_is_a_genre_label(line, expected):
    assert d.is_genre_label(line) is expected


@pytest.mark.parametrize(
    ("under", "kept"),
    [
        ("Kenyan police officers have been on the mission since June 2024", False),
        ("Kenyan police officers have been on the mission since June 2024.", True),
    ],
)
def test_caption_without_full_stop_under_a_bare_credit_goes_with_it(under, kept):
    text = "Kenyan court halts deployment of police to Haiti\nBy Mercy Juma\nGetty Images\n"
    article = _parse(text + under + "\n" + BODY)
    assert (under in str(article.blocks)) is kept
    assert "Getty Images" in {e.text.split("\n")[0] for e in article.discarded}


@pytest.mark.parametrize("button", ["Offrir l'article", "Offrir l’article", "Lire plus tard"])
def test_french_gift_and_read_later_buttons_are_no_section(button):
    text = f"Au Sahel, la junte suspend deux partis\nPar Morgane Le Cam\n{button}\nPartager\n"
    article = _parse(text + BODY)
    assert article.section is None
    assert (f"{button}\nPartager", "share buttons") in [
        (e.text, e.reason) for e in article.discarded
    ]


@pytest.mark.parametrize("desk", ["BBC News, Nairobi", "BBC World Service, Lagos"])
def test_newsroom_and_place_under_the_byline_is_the_author_s_desk_not_the_section(desk):
    text = f"Kenyan court halts deployment of police to Haiti\nMercy Juma\n{desk}\n"
    article = _parse(text + BODY)
    assert [a.name for a in article.authors] == ["Mercy Juma"]
    assert article.section is None
    assert (desk, "author's job title") in [(e.text, e.reason) for e in article.discarded]


def test_wire_gallery_captions_and_suggested_topics():
    caption = "A soldier stands guard in Omdurman, Sudan, March 2, 2025. REUTERS/El Tayeb Siddig"
    text = (
        "Sudan's army retakes key bridge in Khartoum, residents say\n"
        "By Khalid Abdelaziz\nNovember 30, 2025\n"
        f"Item 1 of 3 {caption}/File Photo\n"
        f"[1/3]{caption}/File Photo Purchase Licensing Rights, opens new tab\n"
        + BODY
        + "Suggested Topics:\nAfrica\nSudan\nShare\n"
    )
    article = _parse(text)
    assert all("REUTERS" not in str(block) for block in article.blocks)
    assert article.tags == ("Africa", "Sudan")


@pytest.mark.parametrize(("line", "expected"), [("Search Keywords:", True), ("Search", False)])
def test_search_keywords_label_opens_the_tags(line, expected):
    assert bool(lb.TAGS_LABEL_RE.match(line)) is expected


@pytest.mark.parametrize(
    ("line", "expected"), [("More On", True), ("More on:", True), ("More on the floods", False)]
)
def test_more_on_alone_opens_the_topic_tags(line, expected):
    assert bool(lb.TAGS_LABEL_RE.match(line)) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Case number: T20257124", True),
        ("Before: Judge Harriet Coombes", True),
        ("Court: Kesterby Crown Court", True),
        ("Published: 14 October 2025", False),
        ("Author: Jane Doe", False),
        ("Warning: the court heard that the money was never returned.", False),
        ("The prosecutor told the jury at Kesterby Crown Court: it was theft", False),
    ],
)
def test_rows_of_a_details_box(line, expected):
    assert d.is_detail_row(line) is expected


def test_a_details_box_under_the_byline_is_no_section_and_no_text():
    text = (
        "Home › News › Courts\nCare worker stole money from residents, jury told\n"
        "By Jane Doe, Court Reporter\nCourt: Kesterby Crown Court\nCase number: T20257124\n"
        "Before: Judge Harriet Coombes\n" + BODY
    )
    article = _parse(text)
    assert article.section == "Courts"
    box = "Court: Kesterby Crown Court\nCase number: T20257124\nBefore: Judge Harriet Coombes"
    assert box in [e.text for e in article.discarded]


def test_one_labelled_line_under_the_byline_is_not_a_details_box():
    text = "Care worker stole money, jury told\nBy Jane Doe\nCourt: Crown Court\n" + BODY
    assert "Court: Crown Court" not in [
        e.text for e in _parse(text).discarded if e.reason == "case details box"
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Reporting restrictions: an order means the victims may not be identified.", True),
        ("Reporting restrictions apply to this case.", True),
        (
            "Reporting restrictions were lifted by the judge on Friday, allowing him to be named.",
            False,
        ),
    ],
)
def test_a_court_reports_reporting_restrictions_note(line, expected):
    assert d.is_reporting_restrictions(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Because these court proceedings are active, comments have been switched off to "
            "avoid any risk of contempt of court.",
            True,
        ),
        ("Comments are disabled on this article.", True),
        ("The minister's comments were switched to a written statement.", False),
    ],
)
def test_why_the_comments_are_closed(line, expected):
    assert d.is_comments_off_reason(line) is expected


def test_the_reason_under_comments_are_closed_is_the_threads():
    line = "Because the trial is active, comments have been switched off."
    text = "Rains return to the Sahel\nBy Ana Lima\n" + BODY
    text += "Comments are closed on this article\n" + line + "\n"
    assert "Comments are closed on this article\n" + line in [
        e.text for e in _parse(text).discarded
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Anna Müller und Jonas Weber, Kairo", ["Anna Müller", "Jonas Weber"]),
        ("Par Claire Dubois, à Bamako", ["Claire Dubois"]),
        ("Por Lucía Fernández desde Caracas", ["Lucía Fernández"]),
        ("By Jane Doe, Cairo", ["Jane Doe"]),
        ("Von Anna Müller, Kairo, und Jonas Weber, Berlin", ["Anna Müller", "Jonas Weber"]),
    ],
)
def test_place_after_the_names_of_a_byline_is_not_an_author(line, names):
    assert explicit_byline(line) == names


def test_single_name_byline_is_still_an_author():
    assert explicit_byline("By Reuters") == ["Reuters"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Anna Müller ist Korrespondentin in Kairo und berichtet über den Nahen Osten.",
            "Anna Müller",
        ),
        ("Claire Dubois est journaliste au service International.", "Claire Dubois"),
        ("Lucía Fernández es corresponsal en Caracas desde 2015.", "Lucía Fernández"),
    ],
)
def test_author_bios_in_other_languages(line, name):
    assert bio_subject(line) == name


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "„Wir sind näher an einer Einigung als je zuvor“, sagte Außenminister Johann "
            "Wadephul am Mittwoch.",
            "Johann Wadephul",
        ),
        (
            "« Nous ne reconnaîtrons pas ces résultats truqués par le pouvoir », a déclaré "
            "Marie Traoré.",
            "Marie Traoré",
        ),
        (
            'Según el ministro Diosdado Cabello, "la jornada electoral transcurrió con total '
            'normalidad en todo el país".',
            "Diosdado Cabello",
        ),
        (
            "“O governo corta onde é mais fácil e não mexe nas despesas”, criticou a deputada "
            "Helena Marques (PSD-MG), relatora do Orçamento.",
            "Helena Marques",
        ),
    ],
)
def test_quotes_attributed_in_other_languages(paragraph, speaker):
    [(_, quote)] = inline_quotes(paragraph, NameIndex(paragraph))
    assert quote.speaker == speaker


# Bylines naming an outlet, split meta lines, comment forms


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By AFP", ["AFP"]),
        ("By The Associated Press", ["The Associated Press"]),
        ("By Al Jazeera Staff", ["Al Jazeera"]),
        ("By Eastern Tribune Published: Oct 16, 2024 09:34 PM", ["Eastern Tribune"]),
        ("By Press TV Website Desk", ["Press TV"]),
        ("By Staff", None),
        ("By Agencies", None),
        ("By admin", None),
        ("By Tuesday Evening", None),
        ("By Monday the talks had collapsed.", None),
    ],
)
def test_byline_naming_only_an_outlet_names_the_outlet(line, names):
    assert explicit_byline(line) == names


def test_relative_time_between_headline_and_date_is_not_the_title():
    article = _parse(
        "Strategic Review\nHome\nEurope\nAsia\nDefense\nAsia\nThe Quiet Rise of Caspian Shipping\n"
        "Published\n2 weeks ago\non\nOctober 20, 2024\nBy\nAyesha Khan\n" + BODY
    )
    assert (article.title, article.published) == (
        "The Quiet Rise of Caspian Shipping",
        "2024-10-20",
    )
    assert [a.name for a in article.authors] == ["Ayesha Khan"]


def test_comment_form_ends_at_its_submit_button():
    article = _parse(
        "Council delays its budget vote\n" + BODY + "Leave a Reply\nComment\nName *\nEmail *\n"
        "Post Comment\nEurope\nA teaser for the next story on the site\n"
    )
    reasons = {entry["text"]: entry["reason"] for entry in article.to_dict()["discarded"]}
    assert reasons["Leave a Reply\nComment\nName *\nEmail *\nPost Comment"] == "comments section"


def test_click_to_comment_opens_the_comments_not_a_tag():
    assert lb.COMMENTS_HEADER_RE.match("Click to comment")


def test_think_tank_bio_of_the_byline_author_is_a_bio():
    line = "Ayesha Khan is a research associate at the Institute of Strategic Studies Islamabad."
    assert bio_subject(line) == "Ayesha Khan"


def test_sentence_full_of_names_is_prose_not_a_headline():
    line = (
        "The agreement was signed by Iranian Oil Minister Mohsen Paknejad and Gazprom CEO "
        "Alexei Miller in Tehran on Tuesday."
    )
    assert is_prose(line)
    assert not is_prose("Iran And Russia Sign Agreement To Expand Gas Cooperation In Tehran.")


def test_photo_by_credit_closing_a_caption_is_a_credit():
    assert d.is_image_credit("The minister signs the deal in Tehran. (Photo by IRNA)")


def test_agency_alone_under_the_headline_is_the_byline():
    article = _parse("Pakistan and China agree to speed up CPEC projects\nReuters\n" + BODY)
    assert ([a.name for a in article.authors], article.section) == (["Reuters"], None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published in Dawn, October 16th, 2024", True),
        ("Published in The Hindu print edition of October 16, 2024", True),
        ("Published in World, Asia", False),
        (
            "This article appears in the Saturday, October 18, 2025 print edition of The River "
            "Plate Weekly.",
            True,
        ),
        ("This article appears in the print edition.", True),
        ("This story appears in several forms across the edition of our apps.", False),
    ],
)
def test_print_edition_note_is_neither_category_nor_text(line, expected):
    assert d.is_print_edition_note(line) is expected


def test_asterisk_after_a_byline_name_is_not_part_of_it():
    assert explicit_byline("By Daniel Ortiz*") == ["Daniel Ortiz"]


def test_about_the_author_note_is_the_bio_without_its_label():
    article = _parse(
        "Caspian pipeline politics after the forum\nBy Daniel Ortiz*\n"
        + BODY
        + "*About the author: Daniel Ortiz is a senior fellow at the Caspian Policy Institute.\n"
        "Source: This article was published by the Caspian Policy Institute\n"
    )
    [author] = article.authors
    assert author.bio == "Daniel Ortiz is a senior fellow at the Caspian Policy Institute."
    assert is_credit("Source: This article was published by the Caspian Policy Institute")


def test_publisher_description_and_masthead_under_related_are_no_teasers():
    article = _parse(
        "Eurasian Monitor\nCaspian pipeline politics after the forum\n"
        + BODY
        + "Related\nEurasian Monitor\n"
        "Eurasian Monitor is an independent journal of analysis and news.\n"
    )
    assert article.to_dict()["related"] == []
    reasons = {entry["text"]: entry["reason"] for entry in article.to_dict()["discarded"]}
    assert reasons["Eurasian Monitor is an independent journal of analysis and news."] == (
        "publisher notice"
    )


def test_slash_separated_meta_row_with_a_desk_and_the_domain():
    line = "ET World Desk / EASTERNTIMES.COM / Updated: Oct 16, 2024, 22:14 IST"
    assert d.meta_row_parts(line) == [
        "ET World Desk",
        "EASTERNTIMES.COM",
        "Updated: Oct 16, 2024, 22:14 IST",
    ]
    assert d.meta_row_parts("Home / World / Asia") is None


def test_bare_name_beside_the_date_in_a_meta_row_is_the_byline():
    article = _parse(
        "Iran says ready for talks with Europe\nBurak Yilmaz   | 16.10.2024 - Update : 16.10.2024\n"
        + BODY
    )
    assert ([a.name for a in article.authors], article.published) == (
        ["Burak Yilmaz"],
        "2024-10-16",
    )


def test_blog_post_title_under_the_date_header_is_the_title():
    article = _parse(
        "The Caspian Watch\nThursday, October 17, 2024\nWhy Azerbaijan is courting the SCO\n"
        + BODY
        + "Posted by Rustam Aliyev at 10:34 AM No comments:\nLabels: Azerbaijan, Caspian, SCO\n"
    )
    assert (article.title, list(article.tags)) == (
        "Why Azerbaijan is courting the SCO",
        ["Azerbaijan", "Caspian", "SCO"],
    )


def test_job_title_line_under_the_byline_names_no_author():
    assert bare_byline("Nonresident Scholar, Caspian Center for Eurasian Studies") is None


def test_institutional_disclaimer_is_a_publisher_notice():
    assert d.is_publisher_notice(
        "The Caspian Center does not take institutional positions on public policy issues; the "
        "views represented herein are those of the author(s)."
    )


@pytest.mark.parametrize("line", ["Source: Agencies", "Sources: news agencies"])
def test_source_agencies_line_is_a_credit(line):
    assert is_credit(line)


def test_embedded_post_and_its_attribution_are_discarded_together():
    article = _parse(
        "Levant Today\nIsraeli strikes on Beirut kill six, Lebanon says\n"
        "By Levant Today English\n"
        + BODY
        + "BREAKING: Explosions in Beirut after strikes pic.twitter.com/abc123\n"
        "— Levant Today English (@LevantTodayEN) October 16, 2024\n" + BODY
    )
    reasons = {entry["text"]: entry["reason"] for entry in article.to_dict()["discarded"]}
    assert (
        reasons[
            "BREAKING: Explosions in Beirut after strikes pic.twitter.com/abc123\n"
            "— Levant Today English (@LevantTodayEN) October 16, 2024"
        ]
        == "embedded social post"
    )
    # The site's name over the headline is the outlet of the byline, not a section.
    assert (article.section, [a.name for a in article.authors]) == (
        None,
        ["Levant Today English"],
    )


@pytest.mark.parametrize(
    ("top", "section"),
    [
        ("Eastern Broadcast\nNews\nRussia\nWorld\nBusiness\nOp-ed\n", None),
        ("Millbrook Gazette\nNews\nSports\nOpinion\nClassifieds\nLocal News\n", "Local News"),
        ("Home\nWorld\nAsia\nAfrica\nAsia\n", "Asia"),
    ],
)
def test_menu_without_home_link_running_into_the_headline(top, section):
    article = _parse(top + "Iran and Russia to drop the dollar in trade\n" + BODY)
    assert article.section == section


def test_capitalised_city_over_the_text_is_a_dateline_not_a_section():
    article = _parse("Iran says it is ready for talks\nBurak Yilmaz\nANKARA\n" + BODY)
    assert article.section is None


@pytest.mark.parametrize(
    "line",
    [
        "You can share this story on social media:",
        "Dear readers! Thank you for being with us! Please support us by subscribing.",
        "Reply to this email – we read every message.",
    ],
)
def test_word_to_readers_under_every_article_is_a_promotion(line):
    assert d.is_reader_prompt(line)


def test_replying_to_an_email_in_a_sentence_is_no_prompt():
    assert not d.is_reader_prompt("Replying to this email, the minister said talks would resume.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("View this email in your browser", True),
        ("Forward to a friend", True),
        ("Read on our website", True),
        ("View from the bridge", False),
        ("Read our website's privacy policy before you sign up", False),
    ],
)
def test_email_web_view_and_forward_links(line, expected):
    assert d.is_email_link(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("You are receiving this email because you signed up for The Long Run.", True),
        ("Our mailing address is:", True),
        ("Add us to your address book", True),
        ("Want to change how you receive these emails?", True),
        ("You can update your preferences or unsubscribe from this list.", True),
        ("This email was sent with Postmark Campaigns", True),
        ("You can update your address at the town hall.", False),
        ("Our mailing list grew by a third this year, the institute said.", False),
    ],
)
def test_mailing_list_footer_lines(line, expected):
    assert d.is_email_footer(line) is expected


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "The Long Run #87: Why water utilities are the next credit risk",
            "Why water utilities are the next credit risk",
        ),
        (
            "Why water utilities are the next credit risk",
            "Why water utilities are the next credit risk",
        ),
    ],
)
def test_email_subject_prefixing_the_headline_names_it(first, title):
    text = (
        first + "\nView this email in your browser\nHARBOURLINE INSTITUTE\nThe Long Run\n"
        "A weekly letter on infrastructure, finance and the climate\n14 October 2025\n"
        "Why water utilities are the next credit risk\nBy Clara Whitfield\n" + BODY
    )
    article = _parse(text)
    assert (article.title, article.section) == (title, None)


@pytest.mark.parametrize(
    "line", ["FILE PHOTO. © Getty Images / Sean Gallup", "© Sputnik / Pool / Go to the mediabank"]
)
def test_photo_agency_mark_is_an_image_credit_not_a_footer(line):
    assert d.is_image_credit(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A caption in a script without capitals, closed by "(Agency/ Photographer)".
        ("وزراء المياه العرب خلال الجلسة الختامية لاجتماعهم في عمّان (الأفق/ محمد الخطيب)", True),
        ("المتظاهرون أمام مبنى البرلمان في بيروت (رويترز/محمد عزاقير)", True),
        # A bracket without the slash, and a paragraph too long for a caption, are no credit.
        ("وزراء المياه العرب خلال الجلسة الختامية لاجتماعهم في عمّان (أرشيف)", False),
        (
            "وقال الوزير إن الحكومة ستواصل العمل على تنفيذ الخطة الوطنية للمياه خلال السنوات"
            " الخمس المقبلة بالتعاون مع الشركاء الدوليين والمنظمات الإقليمية والمحلية وبمشاركة"
            " القطاع الخاص والبلديات في جميع المحافظات (الخطة/ المرحلة الأولى)",
            False,
        ),
    ],
)
def test_caption_in_a_caseless_script_with_a_bracketed_credit(line, expected):
    assert d.is_image_credit(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "This article originally appeared on The Conversation.",
        "This article first appeared in Foreign Affairs.",
        "A version of this article was first published by Asia Times.",
    ],
)
def test_note_on_where_the_piece_first_appeared_is_a_credit(line):
    assert is_credit(line)


def test_academic_header_boxes_are_no_section_author_or_text():
    article = _parse(
        "Why the Caspian matters to Moscow\nThe Dialogue\nAcademic rigour, journalistic flair\n"
        "Why the Caspian matters to Moscow\nPublished: October 18, 2024 7:12am BST\nAuthor\n"
        "Laura Mendes\nSenior Lecturer in International Relations, University of Westbridge\n"
        "Disclosure statement\nLaura Mendes does not work for, consult, own shares in or receive "
        "funding from any company that would benefit from this article.\nPartners\n"
        "University of Westbridge provides funding as a member of The Dialogue UK.\n"
        "View all partners\n" + BODY
    )
    assert (article.section, [a.name for a in article.authors]) == (None, ["Laura Mendes"])
    assert [b.text for b in article.blocks] == BODY.splitlines()


def test_republication_note_and_newsletter_prompt_are_not_text():
    assert is_credit(
        "This article is republished from The Dialogue under a Creative Commons license."
    )
    assert d.is_reader_prompt(
        "Want more politics coverage from academic experts? Every week, we bring you analysis."
    )


# Italian and Portuguese pages


@pytest.mark.parametrize(
    ("line", "detector"),
    [
        ("Vai al contenuto", d.is_skip_link),
        ("Ir para o conteúdo", d.is_skip_link),
        ("Accedi", d.is_chrome_word),
        ("Assine", d.is_chrome_word),
        ("Condividi", d.is_share_row),
        ("Compartilhar", d.is_share_row),
        ("Note legali", d.is_footer_link),
        ("Termos de uso", d.is_footer_link),
        (
            "Questo sito utilizza cookie tecnici. Continuando la navigazione accetti l'uso dei "
            "cookie.",
            d.is_cookie_notice,
        ),
        (
            "Este site usa cookies. Ao continuar a navegar, você concorda com o uso.",
            d.is_cookie_notice,
        ),
    ],
)
def test_italian_and_portuguese_furniture(line, detector):
    assert detector(line)


def test_italian_and_portuguese_labels_bylines_and_bios():
    assert lb.RELATED_LABEL_RE.match("Leggi anche")
    assert lb.RELATED_LABEL_RE.match("Leia também")
    assert lb.TAGS_LABEL_RE.match("Argomenti")
    assert explicit_byline("di Marco Rossi") == ["Marco Rossi"]
    assert is_reading_time("Tempo di lettura: 3 minuti")
    assert is_reading_time("Tempo de leitura: 3 min")
    assert bio_subject("Ana Souza é repórter de política internacional em Brasília.") == "Ana Souza"


def test_italian_quote_attribution():
    paragraph = '"La Russia è un partner strategico per la Libia", ha dichiarato Khalifa Haftar.'
    [(_, quote)] = inline_quotes(paragraph, NameIndex(paragraph))
    assert quote.speaker == "Khalifa Haftar"


def test_labelled_unfinished_line_over_text_is_a_heading():
    assert d.is_heading_like("Scenario one: business as usual")
    assert not d.is_heading_like("Putin: We will respond to any attack on our territory.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("QUESTION: Will the Minister meet her Selvaran counterpart in Lindmark?", False),
        ("Scenario One: What If Rates Rise Again?", True),
    ],
)
def test_capitalised_speaker_turn_is_no_heading(line, expected):
    assert d.is_heading_like(line) is expected


def test_agency_furniture_around_the_story():
    assert d.is_article_id("News ID: 85631234")
    assert not d.is_article_id("News in brief")
    assert d.is_share_row("Send to friend")
    # An editor's note on an update is a paragraph, as the dated "Update, Nov. 7: …" note
    # is: as a credit it would vanish from the output.
    assert not is_credit("Editor's note: This story has been updated with the minister's remarks.")


@pytest.mark.parametrize(
    ("headline", "subtitle"),
    [
        # A newsletter's subtitle, at least as long as its headline but not three words longer.
        ("Why the ceasefire talks in Doha keep stalling",
         "Three sticking points, and who is holding out on each"),
        ("Ministers meet in Geneva as sanctions bite",
         "Trade, energy and grain are all on the agenda"),
    ],
)  # fmt: skip
def test_headline_over_a_short_subtitle_and_byline_is_the_title(headline, subtitle):
    header = f"Home\nArchive\nAbout\n{headline}\n{subtitle}\nMaria Kovacs\nNov 28, 2025\n"
    article = _parse(header + BODY)
    assert (article.title, article.standfirst) == (headline, subtitle)


def test_kicker_description_over_the_headline_is_not_the_first_paragraph():
    article = _parse(
        "World Affairs Review\nARGUMENT\nAn expert's point of view on a current event.\n"
        "Russia and Iran's Marriage of Necessity\n"
        "Moscow and Tehran need each other more than ever, but their partnership has limits.\n"
        "By Hanna Kovacs\n" + BODY
    )
    assert article.title == "Russia and Iran's Marriage of Necessity"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The claim's date and platform, and the subject of "claims that", are nobody.
        (
            "A post shared on Facebook since 9 November claims that Brussels has “fined Slovakia"
            " half a billion euros for refusing migrants”.",
            None,
        ),
        # A role after a name not known as an organisation still points at the person.
        (
            "“Punishing parents for the work of their children is now standard practice,” said"
            " Viasna spokesperson Iryna Lazouskaya.",
            "Iryna Lazouskaya",
        ),
        ("Smith on Monday said: “We will not sign a deal that our parliament rejects.”", "Smith"),
    ],
)
def test_inline_quote_speaker_is_not_a_date_place_or_claim_subject(paragraph, speaker):
    assert [found for _, found in _inline(paragraph)] == ([speaker] if speaker else [])


_VON_DER_LEYEN = "Ursula von der Leyen said the Commission would answer within weeks."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # Lower-case particles inside a name belong to it, even those that open German or
        # French sentences ("der", "du").
        (
            "“We will not let our industry be undercut by overcapacity,” said Ursula von der"
            " Leyen, the Commission president.",
            "Ursula von der Leyen",
        ),
        (
            "“Nobody wants a trade war with our largest partner,” said Ruud van der Berg, a"
            " Dutch trade official.",
            "Ruud van der Berg",
        ),
        (
            "“The port will reopen once the inspections are finished,” said Marie du Plessis.",
            "Marie du Plessis",
        ),
        # A title before the particles is dropped and the surname is the full name seen before.
        (
            "“We have seen the figures and they are alarming,” Ms von der Leyen told reporters.",
            "Ursula von der Leyen",
        ),
        (
            "“The plan will go before member states in spring,” von der Leyen added.",
            "Ursula von der Leyen",
        ),
    ],
)
def test_speaker_names_keep_their_particles(paragraph, speaker):
    assert [found for _, found in _inline(paragraph, _VON_DER_LEYEN)] == [speaker]


_ARABIC_LEAD_IN = (
    "وقال الأمين العام المساعد لجامعة الدول العربية طارق البيطار، في مؤتمر صحفي: «لم يعد"
    " الجفاف أزمة عابرة نتعامل معها موسما بموسم»."
)
# The surname on its own later in the article confirms the name.
_ARABIC_LATER = "\nوأوضح البيطار أن المركز الإقليمي سيتخذ من عمّان مقرا له."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The speech verb opens the sentence, the name closes the role before the comma.
        (_ARABIC_LEAD_IN, "طارق البيطار"),
        # A title before the name is dropped; "إن" ("that") opens the quotation.
        (
            'من جهتها، قالت الخبيرة في الموارد المائية الدكتورة هالة الروسان إن "الخطة خطوة'
            ' مهمة، لكن نجاحها مرهون بإرادة سياسية حقيقية".',
            "هالة الروسان",
        ),
        # A bare surname is the full name seen earlier.
        (
            "وأضاف البيطار: «الأنهار لا تعترف بالحدود، والدولة التي تخفي البيانات ستحتاجها غدا».",
            "طارق البيطار",
        ),
        # A spokesman's role, a name whose surname the article never uses again, an anonymous
        # source, a role without a name, and a surname never seen in full.
        ("وقال المتحدث باسم الجيش: «لن نقبل بأي اتفاق لا يضمن حقوقنا في مياه النهر».", None),
        (
            "وقال المسؤول في الوزارة سامر حداد، في بيان: «لن نقبل بأي اتفاق لا يضمن حقوقنا في"
            " مياه النهر».",
            None,
        ),
        (
            'وقال مصدر دبلوماسي شارك في الاجتماع، طلب عدم الكشف عن هويته، إن "بعض الوفود رفضت'
            ' إدراج أي بند يلمح إلى حصص المياه".',
            None,
        ),
        ("وقال وزير الخارجية الأردني: «لن نقبل بأي اتفاق لا يضمن حقوقنا في مياه النهر».", None),
        ("وأضاف العلي: «الأنهار لا تعترف بالحدود، والدولة التي تخفي البيانات ستحتاجها غدا».", None),
        # The verb in the middle of the sentence opens no lead-in.
        ("وأشار التقرير إلى أن الوزير قال: «لن نقبل بأي اتفاق لا يضمن حقوقنا في المياه».", None),
    ],
)
def test_inline_quote_speaker_in_a_script_without_capitals(paragraph, speaker):
    found = [who for _, who in _inline(paragraph, _ARABIC_LEAD_IN + _ARABIC_LATER)]
    assert found == ([speaker] if speaker else [])


# A later paragraph naming the minister only by his surname confirms his full name.
_ARABIC_MINISTER_LATER = "\nوأكد الصفدي أن الأردن سيواصل التفاوض مع دول المنبع."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The quotation opens the sentence; the speaker follows the verb, after his role, and
        # the name is cut where the clause of place or occasion starts.
        (
            "«لن نقبل بأي اتفاق لا يضمن حقوقنا في مياه النهر»، قال وزير الخارجية أيمن الصفدي"
            " في مؤتمر صحفي في عمّان.",
            "أيمن الصفدي",
        ),
        # A bare surname after the verb is the full name seen earlier.
        (
            "«الأنهار لا تعترف بالحدود، والدولة التي تخفي البيانات ستحتاجها غدا»، قال البيطار"
            " في ختام الاجتماع.",
            "طارق البيطار",
        ),
        # "according to what … said", the name after a title.
        (
            '"الخطة خطوة مهمة، لكن نجاحها مرهون بإرادة سياسية حقيقية" بحسب ما قالت الخبيرة في'
            " الموارد المائية الدكتورة هالة الروسان.",
            "هالة الروسان",
        ),
        # A role without a name, an anonymous source, a surname never seen in full, and a
        # name the article never confirms.
        ("«لن نقبل بأي اتفاق لا يضمن حقوقنا في مياه النهر»، قال وزير الخارجية الأردني.", None),
        ("«بعض الوفود رفضت إدراج أي بند يلمح إلى حصص المياه»، قال مصدر دبلوماسي.", None),
        ("«الأنهار لا تعترف بالحدود، والدولة التي تخفي البيانات ستحتاجها غدا»، قال العلي.", None),
        (
            "«لن نقبل بأي اتفاق لا يضمن حقوقنا في مياه النهر»، قال المسؤول في الوزارة سامر حداد.",
            None,
        ),
        # A speech verb further on opens another sentence, not this quotation's attribution.
        (
            "«لن نقبل بأي اتفاق لا يضمن حقوقنا في مياه النهر» عبارة تكررت في الاجتماع الذي قال"
            " فيه البيطار إن الخطة جاهزة.",
            None,
        ),
    ],
)
def test_inline_quote_speaker_after_the_quotation_in_a_script_without_capitals(paragraph, speaker):
    context = _ARABIC_LEAD_IN + _ARABIC_LATER + _ARABIC_MINISTER_LATER
    found = [who for _, who in _inline(paragraph, context)]
    assert found == ([speaker] if speaker else [])


# The minister named in full earlier in the article, after his role.
_ARABIC_MINISTER_EARLIER = (
    "\nوقال وزير الخارجية أيمن الصفدي: «المياه قضية أمن وطني لا تقبل المساومة»."
)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Whom it was said to ends the name: "to «Al-Ofoq»", "to the journalists".
        "«لن نقبل بأي اتفاق لا يضمن حقوقنا في مياه النهر»، قال الصفدي لـ«الأفق».",
        "«لن نقبل بأي اتفاق لا يضمن حقوقنا في مياه النهر»، قال الصفدي للصحفيين في عمّان.",
    ],
)
def test_speaker_after_an_arabic_quotation_ends_where_the_listener_is_named(paragraph):
    found = [who for _, who in _inline(paragraph, _ARABIC_MINISTER_EARLIER)]
    assert found == ["أيمن الصفدي"]


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (
            d.is_image_credit,
            "A screenshot of the Facebook post, taken on 11 November 2025. The image has been"
            " blurred by FactLine.",
        ),
        (d.is_image_credit, "Helena Marsh in Vienna in 1997 CREDIT: Courier archive"),
        (d.is_image_credit, "Crews work near the breakwater in 2016. (Tribune file photo)"),
        (
            d.is_image_credit,
            "A freighter waits to load grain. (Luis Ortega / The Lakeshore Tribune)",
        ),
        (
            d.is_publisher_notice,
            "FactLine is a verified signatory of the International Fact-Checking Network’s Code"
            " of Principles.",
        ),
        (d.is_reader_prompt, "Got a tip? Contact our newsroom at tips@lakeshoreledger.org."),
        (d.is_reader_prompt, "Readers in Belarus: do not share links to our site."),
        (
            d.is_channel_promo,
            "Subscribe to Prastora on Telegram: news from Belarus that keeps working even when our"
            " site is blocked.",
        ),
        (d.is_channel_promo, "t.me/prastora_news"),
        (d.is_comments_closed, "Comments are closed on this article"),
        (d.is_notice_promo, "Place a death notice or an in memoriam announcement in The Courier"),
        (d.is_republish_line, "Copy to clipboard"),
        (d.is_life_dates, "Helena Margaret Marsh, born February 14 1938, died October 28 2025"),
    ],
)
def test_more_furniture_and_closing_lines_are_recognised(detector, line):
    assert detector(line)


def test_screenshot_described_in_the_text_is_not_a_caption():
    assert not d.is_image_credit("A screenshot of the message was shared with reporters.")


def test_donation_pleas_over_the_button_are_one_appeal_but_the_story_above_is_kept():
    text = "Court jails exiled blogger’s father — Prastora\nCourt jails exiled blogger’s father\n"
    text += BODY + "We exist thanks to our readers. Support our work with a monthly donation.\n"
    text += "Support Prastora\n" + BODY
    article = _parse(text)
    assert any(
        entry.text.startswith("We exist thanks") and entry.text.endswith("Support Prastora")
        for entry in article.discarded
    )
    assert Paragraph(BODY.splitlines()[1]) in article.blocks


def test_sources_list_after_the_text_is_the_article_s():
    text = "Council delays the budget vote\n" + BODY + "Sources\n- Council minutes, 3 May 2024\n"
    text += "- Interview with the treasurer, 4 May 2024\n© 2024 Courier\n"
    blocks = [block.to_dict() for block in _parse(text).blocks]
    assert blocks[-2:] == [
        {"type": "heading", "level": 2, "text": "Sources"},
        {
            "type": "list",
            "items": ["Council minutes, 3 May 2024", "Interview with the treasurer, 4 May 2024"],
        },
    ]


def test_numbered_questions_through_an_explainer_are_headings_without_numbers():
    text = "What the deposit cap means\n" + BODY + "1. What is changing?\n" + BODY
    text += "The law also sets rules:\n• Deposits are kept apart.\n• Receipts come in 14 days.\n"
    text += "2. Who does it apply to?\n" + BODY
    blocks = [block.to_dict() for block in _parse(text).blocks]
    headings = [block["text"] for block in blocks if block["type"] == "heading"]
    assert headings == ["What is changing?", "Who does it apply to?"]
    assert {"type": "list", "items": ["Deposits are kept apart.", "Receipts come in 14 days."]} in (
        blocks
    )


def test_numbered_list_is_not_taken_for_numbered_headings():
    text = "Council delays the budget vote\n" + BODY + "The council must:\n1. Publish the audit\n"
    text += "2. Hold a hearing\n" + BODY
    blocks = [block.to_dict() for block in _parse(text).blocks]
    assert {"type": "list", "items": ["Publish the audit", "Hold a hearing"]} in blocks


def test_print_view_headline_under_its_byline_and_reprint_notice():
    text = "The Lakeshore Tribune\nlakeshoretribune.com\nPrint this page\nClose window\n"
    text += (
        "This copy is for your personal, non-commercial use only. To order reprints, contact us.\n"
    )
    text += "By Dana Okafor, Staff Writer\nPublished: April 9, 2024 at 6:42 p.m. CDT\n"
    text += "Harbor board approves plan to dredge the channel\n" + BODY
    text += "URL: https://www.lakeshoretribune.com/news/harbor-board.html\n"
    article = _parse(text)
    assert (article.title, article.section) == (
        "Harbor board approves plan to dredge the channel",
        None,
    )
    assert "URL: https://www.lakeshoretribune.com/news/harbor-board.html" in {
        entry.text for entry in article.discarded
    }


def test_browser_title_with_the_section_as_prefix_gives_the_printed_headline():
    text = "Press review: Columnists split over the school week | The Morning Digest\n"
    text += "Press review\nColumnists split over the school week\n" + BODY
    article = _parse(text)
    assert (article.title, article.section) == (
        "Columnists split over the school week",
        "Press review",
    )


def test_event_speakers_list_is_text_and_their_surnames_resolve():
    text = "Who owns the river?\nPast event\n" + BODY + "Speakers\n"
    text += "Dr Amara Nwosu, Senior Fellow, Caldwell Institute\n"
    text += "Professor James Thorne, Professor of Water Law, University of Eastmoor\n"
    text += "“Before you can trade a right, you have to know who holds it,” Thorne said.\n"
    text += "Summary by Ola Brandt, Research Assistant, Environment Programme\n"
    article = _parse(text)
    assert article.section is None
    assert [author.name for author in article.authors] == ["Ola Brandt"]
    assert Paragraph("Dr Amara Nwosu, Senior Fellow, Caldwell Institute") in article.blocks
    assert [quote.speaker for quote in article.quotes] == ["James Thorne"]


def test_name_index_does_not_join_names_across_lines():
    names = NameIndex("University of Eastmoor\nHelena Vasquez, Chief Executive")
    assert names.resolve("Vasquez") == "Helena Vasquez"


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.is_share_row, "Watch the recording"),
        (d.is_share_row, "Add to calendar"),
        (d.is_share_row, "Share this event"),
        (d.is_share_row, "Close window"),
        (d.is_status_badge, "Past event"),
        (d.is_reader_prompt, "Registration for this event has now closed."),
        (
            d.is_publisher_notice,
            "The views expressed by the speakers are their own and do not represent the"
            " position of the Caldwell Institute.",
        ),
        (
            d.is_publisher_notice,
            "This copy is for your personal, non-commercial use only. To order reprints, call us.",
        ),
        (d.is_printed_address, "URL: https://www.lakeshoretribune.com/news/harbor.html"),
    ],
)
def test_event_and_print_view_furniture(detector, line):
    assert detector(line)


def test_names_with_accented_capitals_and_arabic_articles_resolve():
    paragraph = (
        "“Financing is the real test for this corridor, far more than the engineering,” said"
        " Yücel. “The road is a bridge between the Gulf and Europe,” al-Jubouri said."
    )
    context = "Şebnem Yücel, an economist, met Karim al-Jubouri in Istanbul."
    assert [speaker for _, speaker in _inline(paragraph, context)] == [
        "Şebnem Yücel",
        "Karim al-Jubouri",
    ]


def test_hashtag_lines_are_the_tags():
    text = "Council delays the budget vote\n" + BODY + "#Development Road\n#Infrastructure\n"
    assert _parse(text).tags == ("Development Road", "Infrastructure")


def test_a_lone_hashtag_line_is_not_a_tag_list():
    assert _parse("Council delays the budget vote\n" + BODY + "#Budget\n").tags == ()


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.is_market_quote, "Nikkei 225 39,812.45 +245.61 (+0.62%)"),
        (d.is_market_quote, "USD/JPY 148.21 -0.35"),
        (d.is_channel_promo, "Follow Daily Horizon on Google News"),
        (d.is_newsletter_line, "Keep up to date with what’s happening in Türkiye and the world."),
        (
            d.is_newsletter_box,
            "Get the day's top business stories from Japan and Asia in your inbox every morning.",
        ),
    ],
)
def test_ticker_and_newsletter_furniture(detector, line):
    assert detector(line)


def test_market_figures_in_a_sentence_are_not_a_ticker():
    assert not d.is_market_quote("The Nikkei 225 closed at 39,812.45, up 245.61 points.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("USD 41,52 ▲ EUR 48,31 ▼", True),
        ("USD 41.52 EUR 48.31 GBP 55.02", True),
        ("USD/PEN 3.76 | BOB/PEN 0.54", True),
        ("Win/Loss 3.5 | Draw 1.2", False),
        ("USD 41,52", False),
        ("NATO 2025 summit", False),
    ],
)
def test_a_row_of_currency_codes_and_rates_is_a_ticker(line, expected):
    assert d.is_market_quote(line) is expected


@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (d.is_rate_ticker, "Dólar BNA $1.395 | Blue $1.440", True),
        (d.is_rate_ticker, "Euro €1.08 · Pound £0.86", True),
        (d.is_rate_ticker, "Price $1,299", False),
        (d.is_rate_ticker, "Tickets cost $20 | Doors open at 7pm", False),
        (d.is_weather_widget, "Buenos Aires 17°C", True),
        (d.is_weather_widget, "Kuwait City 41°", True),
        (d.is_weather_widget, "54°", False),
        (d.is_weather_widget, "Temperatures reached 41° on Monday", False),
    ],
)
def test_header_rate_and_weather_widgets(detector, line, expected):
    assert detector(line) is expected


def test_byline_crediting_an_agency_names_the_outlet():
    assert explicit_byline("by Daily Horizon with AA") == ["Daily Horizon"]
    assert explicit_byline("By Jane Doe with AP") == ["Jane Doe"]


# Dutch pages


@pytest.mark.parametrize(
    ("line", "detector"),
    [
        ("Ga direct naar de inhoud", d.is_skip_link),
        ("Inloggen", d.is_chrome_word),
        ("Word abonnee", d.is_chrome_word),
        ("Luister naar dit artikel", d.is_share_row),
        ("Delen", d.is_share_row),
        ("Advertentie", d.is_ad_marker),
        ("Algemene voorwaarden", d.is_footer_link),
        ("Privacyverklaring", d.is_footer_link),
        (
            "Wij en onze partners gebruiken cookies om onze website te verbeteren.",
            d.is_cookie_notice,
        ),
        ("Politieke nieuwsbrief", d.is_newsletter_box),
        ("Elke vrijdag het nieuws uit Den Haag in je mailbox.", d.is_newsletter_line),
        ("Schrijf je in", d.is_newsletter_line),
        (
            "Een versie van dit artikel verscheen ook in de krant van vrijdag 18 oktober 2024.",
            d.is_print_edition_note,
        ),
        ("De minister in de Kamer, donderdag. Beeld Remko de Waal / ANP", d.is_image_credit),
        ("Het Dagblad. Alle rechten voorbehouden.", d.is_copyright_notice),
        ("Steun onafhankelijke journalistiek", d.is_support_appeal),
        ("Doneer nu", d.is_donate_button),
    ],
)
def test_dutch_furniture(line, detector):
    assert detector(line)


def test_dutch_labels_dates_and_bylines():
    assert d.COOKIE_BUTTON_RE.match("Akkoord")
    assert d.COOKIE_BUTTON_RE.match("Instellingen aanpassen")
    assert lb.RELATED_LABEL_RE.match("Lees ook")
    assert lb.READ_ALSO_RE.match("Lees ook: Zorgpremie stijgt volgend jaar met 11 euro")
    assert lb.TAGS_LABEL_RE.match("Meer over")
    assert lb.SITEWIDE_LABEL_RE.match("Meest gelezen")
    assert lb.COMMENTS_HEADER_RE.match("86 reacties")
    assert is_reading_time("Leestijd 4 minuten")
    assert date_line("Bijgewerkt: 17 oktober 2024, 19:10").updated == "2024-10-17"
    assert bio_subject("Sanne de Vries schrijft als verslaggever over de zorg.") == "Sanne de Vries"


def test_dutch_en_joins_the_names_of_a_byline():
    assert explicit_byline("Door Sanne de Vries en Thijs Bakker") == [
        "Sanne de Vries",
        "Thijs Bakker",
    ]
    # "en" is "in" in Spanish: the place after the name is still no author.
    assert explicit_byline("Por Lucía Fernández en Caracas") == ["Lucía Fernández"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "‘Ik heb de Kamer goed gehoord en ik trek daar mijn conclusies uit’, zei minister"
            " Karin Verhoeven.",
            "Karin Verhoeven",
        ),
        # The closing mark is no apostrophe, which a letter follows.
        (
            "‘De auto’s van de gemeente rijden straks allemaal elektrisch’, aldus wethouder"
            " Eva Postma.",
            "Eva Postma",
        ),
        # A verb opening the sentence is not part of the name after it.
        (
            "Volgens BBB-fractievoorzitter Jorien Smeenk was de verhoging ‘nooit uit te leggen"
            " aan mensen met een klein inkomen’.",
            "Jorien Smeenk",
        ),
        (
            "Selon Marie Traoré, « nous ne reconnaîtrons pas ces résultats truqués par le"
            " pouvoir ».",
            "Marie Traoré",
        ),
    ],
)
def test_dutch_quotes_and_a_verb_opening_the_sentence(paragraph, speaker):
    assert [found for _, found in _inline(paragraph)] == [speaker]


def test_short_line_closing_an_inline_related_box_is_the_next_heading():
    text = (
        "Council delays the budget vote\nBy Jane Doe\n" + BODY + "Lees ook\n"
        "Zorgpremie stijgt volgend jaar met gemiddeld 11 euro per maand\nGat in de begroting\n"
        + BODY
    )
    article = _parse(text)
    assert [rel.title for rel in article.related] == [
        "Zorgpremie stijgt volgend jaar met gemiddeld 11 euro per maand"
    ]
    assert {"type": "heading", "level": 2, "text": "Gat in de begroting"} in article.to_dict()[
        "blocks"
    ]


# Polish pages


@pytest.mark.parametrize(
    ("line", "detector"),
    [
        ("Przejdź do treści", d.is_skip_link),
        ("Zaloguj się", d.is_chrome_word),
        ("Udostępnij", d.is_share_row),
        ("Skopiuj link", d.is_share_row),
        ("Reklama", d.is_ad_marker),
        ("Dalsza część artykułu pod materiałem wideo", d.is_ad_marker),
        ("Mapa serwisu", d.is_footer_link),
        ("Polityka prywatności", d.is_footer_link),
        (
            "Wieści24 i nasi partnerzy przechowują informacje za pomocą plików cookie, aby"
            " analizować ruch w serwisie.",
            d.is_cookie_notice,
        ),
        ("Dbamy o Twoją prywatność", d.is_cookie_title),
        ("Zobacz wideo: Burzliwa debata w Sejmie o alkoholu", d.is_media_embed),
        ("Masz newsa, zdjęcie lub film? Prześlij nam przez Alert24.", d.is_reader_prompt),
        ("Posłowie podczas głosowania w Sejmie. Fot. Paweł Kosiński", d.is_image_credit),
        ("Wesprzyj niezależne dziennikarstwo", d.is_support_appeal),
        ("Artykuł ukazał się w wydaniu papierowym z 21 listopada 2024 r.", d.is_print_edition_note),
    ],
)
def test_polish_furniture(line, detector):
    assert detector(line)


def test_polish_labels_dates_bylines_and_credits():
    assert d.COOKIE_BUTTON_RE.match("Przejdź do serwisu")
    assert d.COOKIE_BUTTON_RE.match("Ustawienia zaawansowane")
    assert lb.RELATED_LABEL_RE.match("Polecane")
    assert lb.READ_ALSO_RE.match("Zobacz też: Gminy chcą same decydować o nocnej prohibicji")
    assert lb.TAGS_LABEL_RE.match("Tematy")
    assert lb.SITEWIDE_LABEL_RE.match("Najczęściej czytane")
    assert lb.COMMENTS_HEADER_RE.match("Komentarze (127)")
    assert is_reading_time("Czas czytania: 4 minuty")
    assert date_line("Aktualizacja: 21 listopada 2024, 16:05").updated == "2024-11-21"
    assert explicit_byline("Autor: Michał Wróblewski") == ["Michał Wróblewski"]
    assert explicit_byline("Tekst: Anna Nowak i Piotr Zieliński") == [
        "Anna Nowak",
        "Piotr Zieliński",
    ]
    assert bio_subject("Michał Wróblewski jest dziennikarzem działu Kraj.") == "Michał Wróblewski"
    assert is_credit("Źródło: PAP, Wieści24")
    # The Polish "stron…" (page) ties a cookie sentence to the site; the English "strong" does not.
    assert d.is_cookie_notice("Używamy plików cookie, aby strona działała lepiej.")
    assert not d.is_cookie_notice("Bakers use strong flour to make cookies for the fair.")


def test_polish_page_furniture_in_place():
    text = (
        "Sejm za zakazem nocnej sprzedaży alkoholu\nMichał Wróblewski\nDziennikarz działu Kraj\n"
        "Udostępnij\nSkopiuj link\nKomentarze\n" + BODY + "Komentarze (127)\nDodaj komentarz\n"
        "Regulamin\nKontakt\nReklama\nMapa serwisu\n"
    )
    article = _parse(text)
    # The job title under the byline is no section; "Komentarze" in the share row heads no
    # thread; "Reklama" among the footer links is the footer's.
    assert article.section is None
    assert [b.text for b in article.blocks] == BODY.splitlines()
    assert ("Regulamin\nKontakt\nReklama\nMapa serwisu", "footer") in [
        (entry.text, entry.reason) for entry in article.discarded
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The attribution in lower case goes on with the sentence: an inline quote.
        (
            "„Stacja benzynowa nie może być sklepem monopolowym przy drodze” – mówiła w Sejmie"
            " wiceminister zdrowia Joanna Kurek.",
            "Joanna Kurek",
        ),
        # The party after "poseł" is no part of the name.
        (
            "„To kolejny zakaz, który nic nie da ludziom na nocnych zmianach” – przekonywał"
            " poseł Konfederacji Łukasz Dąbek.",
            "Łukasz Dąbek",
        ),
        (
            "Poseł Konfederacji Łukasz Dąbek przekonywał, że „to kolejny zakaz, który nic nie"
            " da ludziom”.",
            "Łukasz Dąbek",
        ),
    ],
)
def test_polish_quotes(paragraph, speaker):
    assert pull_quote(paragraph) is None
    assert [found for _, found in _inline(paragraph)] == [speaker]


# Russian pages


@pytest.mark.parametrize(
    ("line", "detector"),
    [
        ("Перейти к основному содержанию", d.is_skip_link),
        ("Войти", d.is_chrome_word),
        ("Поделиться", d.is_share_row),
        ("Скопировать ссылку", d.is_share_row),
        ("ВКонтакте", d.is_share_row),
        ("Реклама", d.is_ad_marker),
        ("Политика конфиденциальности", d.is_footer_link),
        ("«Вольная газета». Все права защищены.", d.is_copyright_notice),
        (
            "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь"
            " с этим.",
            d.is_cookie_notice,
        ),
        ("Подписывайтесь на «Вольную газету» в Telegram", d.is_channel_promo),
        (
            "Если сайт не открывается, воспользуйтесь VPN или скачайте наше приложение.",
            d.is_access_notice,
        ),
        ("Нашли опечатку? Выделите текст и нажмите Ctrl+Enter", d.is_typo_prompt),
        ("Поддержите «Вольную газету»", d.is_support_appeal),
        ("Поддержать", d.is_donate_button),
        ("Дмитрий Колесников у избиркома. Фото: Павел Ершов / «Вольная газета»", d.is_image_credit),
        (
            "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ"
            " МАССОВОЙ ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА. 18+",
            d.is_publisher_notice,
        ),
    ],
)
def test_russian_furniture(line, detector):
    assert detector(line)


def test_russian_labels_dates_and_bylines():
    assert d.COOKIE_BUTTON_RE.match("Принять все")
    assert lb.RELATED_LABEL_RE.match("Читайте также")
    assert lb.READ_ALSO_RE.match("Читайте также: В Перми суд арестовал депутата")
    assert lb.TAGS_LINE_RE.match("Теги: выборы, Екатеринбург, оппозиция")
    assert lb.SITEWIDE_LABEL_RE.match("Самое читаемое")
    assert lb.COMMENTS_HEADER_RE.match("Комментарии (12)")
    assert is_reading_time("Время чтения: 4 мин")
    assert date_line("Обновлено 18 июля 2024, 19:30").updated == "2024-07-18"
    assert explicit_byline("Текст: Анна Смирнова и Иван Петров") == ["Анна Смирнова", "Иван Петров"]
    assert bio_subject("Анна Смирнова работает корреспондентом в Екатеринбурге.") == "Анна Смирнова"
    # A closing guillemet is no breadcrumb separator when a quotation opens before it.
    assert d.breadcrumb_parts("«Мы не знаем, где он»: родственники ищут пропавших") is None


# Ukrainian pages


@pytest.mark.parametrize(
    ("matches", "line", "expected"),
    [
        (
            lb.READ_ALSO_RE.match,
            "Читайте також: Уряд спростив процедуру будівництва укриттів",
            True,
        ),
        (lb.RELATED_LABEL_RE.match, "Новини за темою", True),
        (lb.RELATED_LABEL_RE.match, "Новини за темою тижня від редакції", False),
        (lb.SITEWIDE_LABEL_RE.match, "Стрічка новин", True),
        (lb.SITEWIDE_LABEL_RE.match, "Стрічка новин оновлюється щогодини", False),
        (lb.COMMENTS_HEADER_RE.match, "Коментарі (23)", True),
        (lb.COMMENTS_HEADER_RE.match, "Коментарі експертів до закону", False),
        (d.is_footer_link, "Про нас", True),
        (d.is_footer_link, "Редакційна політика", True),
        (d.is_footer_link, "Про нас писали у Франції", False),
        (
            d.is_reuse_notice,
            "Використання матеріалів дозволяється лише за умови прямого гіперпосилання на сайт.",
            True,
        ),
        (d.is_reuse_notice, "Використання матеріалів слідства в суді заборонили.", False),
    ],
)
def test_ukrainian_furniture(matches, line, expected):
    assert bool(matches(line)) is expected


# Arabic pages


@pytest.mark.parametrize(
    ("matches", "line", "expected"),
    [
        (d.is_share_row, "شارك: فيسبوك | إكس | واتساب | تلغرام", True),
        (d.is_share_row, "شارك هذا الخبر: فيسبوك | إكس | نسخ الرابط", True),
        (d.is_share_row, "شارك الوزراء في الاجتماع الطارئ", False),
        (d.is_footer_link, "من نحن", True),
        (d.is_footer_link, "سياسة الخصوصية", True),
        (d.is_footer_link, "من نحن اليوم بعد الحرب", False),
        (d.is_ad_marker, "إعلان", True),
        (d.is_ad_marker, "إعلان الرباط", False),
        (d.is_follow_prompt, "تابعونا على", True),
        (lb.READ_ALSO_RE.match, "اقرأ أيضا: العراق يحذر من انخفاض منسوب نهر الفرات", True),
        (lb.READ_ALSO_RE.match, "اقرأ التقرير كاملا", False),
        (lb.RELATED_LABEL_RE.match, "أخبار ذات صلة", True),
        (lb.RELATED_LABEL_RE.match, "أخبار ذات صلة بالجفاف في المنطقة", False),
        (lb.SITEWIDE_LABEL_RE.match, "الأكثر قراءة", True),
        (lb.SITEWIDE_LABEL_RE.match, "الأكثر تضررا من الجفاف", False),
        (lb.TAGS_LINE_RE.match, "الكلمات المفتاحية: الجفاف، الأمن المائي", True),
        (explicit_byline, "بقلم: ليلى منصور", True),
        (explicit_byline, "بقلم الرصاص", False),
    ],
)
def test_arabic_furniture(matches, line, expected):
    assert bool(matches(line)) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("أرقام مقلقة", True),
        ("خلافات مؤجلة", True),
        ("وأشار التقرير إلى أن:", False),
        ("lower-case line of text", False),
    ],
)
def test_a_script_without_capitals_opens_headings_with_any_letter(line, expected):
    assert d.is_heading_like(line) is expected


def test_a_heading_may_quote_in_single_quotes():
    # British papers quote in single marks: "'Dad did everything right'" heads a section.
    text = "Driver jailed over crash\nBy Jane Doe\n" + BODY + "'Dad did everything right'\n" + BODY
    assert Heading(2, "'Dad did everything right'") in _parse(text).blocks


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("عاجل: انطلاق أعمال المنتدى الاقتصادي العربي في الرباط", True),
        ("Breaking: Storm closes the port of Haifa", True),
        ("Breaking news is what we do", False),
        ("Urgently needed: blood donors", False),
    ],
)
def test_breaking_news_ticker_items(line, expected):
    assert d.is_breaking_ticker(line) is expected


def test_a_breaking_news_ticker_over_the_headline_is_apart_from_the_menu():
    ticker = "Breaking: Storm closes the port of Haifa for two days"
    text = "Home\nWorld\nBusiness\nSport\n" + ticker + "\nRains return to the Sahel\n"
    text += "By Ana Lima\n" + BODY + "Breaking: the council said it would appeal.\n"
    article = _parse(text)
    assert (ticker, "breaking news ticker") in [(e.text, e.reason) for e in article.discarded]
    assert "Breaking: the council said it would appeal." in [
        b.text for b in article.blocks if isinstance(b, Paragraph)
    ]


def test_arabic_tags_split_at_the_arabic_comma_and_the_update_line_is_a_date():
    assert lb.TAGS_LINE_RE.match("الكلمات المفتاحية: الجفاف، الأمن المائي")
    assert tag_items("الجفاف، الأمن المائي، الأردن") == ["الجفاف", "الأمن المائي", "الأردن"]
    assert date_line("آخر تحديث: الثلاثاء 14 أكتوبر 2025 - 13:05").updated == "2025-10-14"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "«Мы собрали в полтора раза больше подписей, чем требует закон», — сказал Колесников"
            " «Вольной газете». По его словам, штаб уже готовит иск.",
            "Дмитрий Колесников",
        ),
        (
            "Председатель комиссии Ирина Лаптева заявила журналистам, что «решение принято строго"
            " в соответствии с законом».",
            "Ирина Лаптева",
        ),
    ],
)
def test_russian_quotes(paragraph, speaker):
    context = "Дмитрий Колесников, единственный кандидат, не сможет участвовать в выборах."
    assert pull_quote(paragraph) is None
    assert [found for _, found in _inline(paragraph, context)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Проти закону виступила частина депутатів. «Громада з бюджетом у 40 мільйонів не "
            "збудує укриття без кредиту, і всі це знають», — наголосив народний депутат "
            "Василь Кравчук.",
            "Василь Кравчук",
        ),
        (
            "Заступниця міністра Ірина Гордієнко повідомила про субвенцію. «Гроші підуть "
            "насамперед громадам прифронтових областей, де дітям найважче», — сказала Гордієнко.",
            "Ірина Гордієнко",
        ),
    ],
)
def test_ukrainian_quotes(paragraph, speaker):
    assert [found for _, found in _inline(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        (
            "Олена Коваль — журналістка відділу політики «Часопису24». Пише про освіту.",
            "Олена Коваль",
        ),
        ("Олена Коваль працює кореспонденткою в Києві.", "Олена Коваль"),
        ("Олена Коваль — лауреатка премії з математики.", None),
    ],
)
def test_ukrainian_author_bios(line, subject):
    assert bio_subject(line) == subject


# Czech pages


@pytest.mark.parametrize(
    ("matches", "line", "expected"),
    [
        (d.is_skip_link, "Přeskočit na obsah", True),
        (d.is_skip_link, "Přeskočit frontu na úřadě nejde", False),
        (d.is_share_row, "Sdílet na Facebooku", True),
        (d.is_share_row, "Sdílet na X", True),
        (d.is_share_row, "Kopírovat odkaz", True),
        (d.is_share_row, "Sdílet na sociálních sítích se nevyplácí", False),
        (d.is_labelled_credit, "Foto: Michal Kamaryt, ČTK", True),
        (d.is_labelled_credit, "Fotografie z cvičení ve vojenském újezdu", False),
        (d.is_footer_link, "Kontakty", True),
        (d.is_footer_link, "Ochrana osobních údajů", True),
        (d.is_footer_link, "Nastavení soukromí", True),
        (d.is_footer_link, "Ochrana osobních údajů pacientů v nemocnicích", False),
        (
            d.is_newsletter_line,
            "Nejdůležitější zprávy dne každé ráno v 7:00 do vaší schránky.",
            True,
        ),
        (d.is_newsletter_line, "Přihlásit k odběru", True),
        (d.is_newsletter_line, "Dopis dorazil do schránky ministerstva až v pondělí.", False),
        (d.is_email_field, "Váš e-mail", True),
        (d.is_follow_prompt, "Přehled.cz na sociálních sítích", True),
        (d.is_follow_prompt, "Sledujte nás", True),
        (d.is_follow_prompt, "Ministr se na sociálních sítích ohradil.", False),
        (lb.READ_ALSO_RE.match, "Související: Armáda podepsala smlouvu na další tanky", True),
        (lb.READ_ALSO_RE.match, "Související výdaje porostou", False),
        (lb.RELATED_LABEL_RE.match, "Související články", True),
        (lb.RELATED_LABEL_RE.match, "Související články z archivu ČTK", False),
        (lb.TAGS_LABEL_RE.match, "Témata:", True),
        (lb.TAGS_LABEL_RE.match, "Témata týdne podle redakce", False),
        (lb.SITEWIDE_LABEL_RE.match, "Nejčtenější", True),
        (lb.SITEWIDE_LABEL_RE.match, "Nejčtenější kniha roku", False),
        (lb.COMMENTS_HEADER_RE.match, "Diskuse (187)", True),
        (lb.COMMENTS_HEADER_RE.match, "Vstoupit do diskuse (187)", True),
        (lb.COMMENTS_HEADER_RE.match, "Diskuse o rozpočtu pokračuje", False),
    ],
)
def test_czech_furniture(matches, line, expected):
    assert bool(matches(line)) is expected


# Serbian pages, in Cyrillic and in Latin


@pytest.mark.parametrize(
    ("matches", "line", "expected"),
    [
        (d.is_skip_link, "Пређи на садржај", True),
        (d.is_skip_link, "Preskoči na sadržaj", True),
        (d.is_share_row, "Подели:", True),
        (d.is_share_row, "Фејсбук", True),
        (d.is_share_row, "Вајбер", True),
        (d.is_share_row, "Копирај линк", True),
        (d.is_share_row, "Подели се мишљење у влади", False),
        (d.is_ad_marker, "Оглас", True),
        (d.is_ad_marker, "Оглас за посао у општини", False),
        (d.is_footer_link, "Импресум", True),
        (d.is_footer_link, "Услови коришћења", True),
        (d.is_footer_link, "Политика приватности", True),
        (d.is_footer_link, "Политика приватности је тема дана", False),
        (d.is_channel_promo, "Пратите нас и на Телеграму", True),
        (d.is_channel_promo, "Pratite nas na Viberu", True),
        (d.is_channel_promo, "Пратите нас сваког дана", False),
        (lb.READ_ALSO_RE.match, "Прочитајте још: Нови гранични прелаз отвара се у јуну", True),
        (lb.READ_ALSO_RE.match, "Прочитајте интервју до краја", False),
        (lb.RELATED_LABEL_RE.match, "Повезане вести", True),
        (lb.RELATED_LABEL_RE.match, "Повезане вести из региона и света", False),
        (lb.TAGS_LABEL_RE.match, "Тагови:", True),
        (lb.SITEWIDE_LABEL_RE.match, "Најчитаније", True),
        (lb.SITEWIDE_LABEL_RE.match, "Најчитаније књиге године", False),
        (lb.COMMENTS_HEADER_RE.match, "Коментари (56)", True),
        (lb.COMMENTS_HEADER_RE.match, "Остави коментар", True),
        (lb.COMMENTS_HEADER_RE.match, "Коментари министра изазвали су буру", False),
        (explicit_byline, "Аутор: Јелена Марковић", True),
        (explicit_byline, "Аутор текста није познат", False),
    ],
)
def test_serbian_furniture(matches, line, expected):
    assert bool(matches(line)) is expected


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "„Bezpečnostní situace v Evropě se za poslední tři roky zásadně změnila,“ řekl po "
            "jednání vlády první náměstek ministryně obrany Pavel Hrubý.",
            "Pavel Hrubý",
        ),
        (
            "Zhruba pětina peněz má jít do českých firem. „Chceme, aby každá koruna, kterou "
            "vydáme, pracovala tady doma,“ uvedl Hrubý.",
            "Pavel Hrubý",
        ),
        (
            "„Vláda slibuje tři procenta v roce, kdy už nebude vládnout,“ napsala Zábranská na "
            "sociální síti X.",
            "Lenka Zábranská",
        ),
        (
            "„Tři procenta HDP jsou zhruba o 80 miliard korun ročně víc než dnes,“ řekl Bartoš.",
            "Ondřej Bartoš",
        ),
    ],
)
def test_czech_quotes(paragraph, speaker):
    context = (
        "Náměstek Pavel Hrubý plán představil. Místopředsedkyně výboru Lenka Zábranská ho "
        "kritizuje. Ekonom Ondřej Bartoš z Institutu pro veřejné finance varuje."
    )
    assert [found for _, found in _inline(paragraph, context)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "„Потписали смо оно што грађани осете већ сутра, али тржиште не може да функционише“,"
            " рекао је министар за европске интеграције Србије Бранислав Ђурић.",
            "Бранислав Ђурић",
        ),
        (
            "Министар спољних послова Северне Македоније Горан Трајковски изјавио је да је "
            "договор „најконкретнији резултат Берлинског процеса у последњих пет година“.",
            "Горан Трајковски",
        ),
        (
            "„Ко блокира тржиште, блокира и сопствени новац, то је јасно свима“, рекао је Хелер"
            " на завршној конференцији.",
            "Маркус Хелер",
        ),
        (
            "Посланица Ана Стојиљковић оценила је да је влада „дошла без плана“. Према њеним "
            "речима, „грађани добијају јефтиније позиве, а привреда и даље чека“.",
            "Ана Стојиљковић",
        ),
    ],
)
def test_serbian_quotes(paragraph, speaker):
    context = "Представник Европске комисије Маркус Хелер поручио је лидерима да сарађују."
    assert [found for _, found in _inline(paragraph, context)] == [speaker]


def test_a_pronoun_s_attribution_needs_a_speaker_in_the_sentence_before():
    paragraph = (
        "Влада је објавила нови план. Према њеним речима, „грађани добијају јефтиније позиве, "
        "а привреда и даље чека“."
    )
    assert _inline(paragraph) == []


def test_a_comment_count_beside_the_header_s_share_row_links_to_the_thread():
    text = (
        "Council delays the budget vote\nBy Ana Lima\nComments (12)\nFacebook\nX\nEmail\n"
        + BODY
        + BODY
    )
    article = _parse(text)
    assert ("Comments (12)", "comments section") in [(e.text, e.reason) for e in article.discarded]
    assert len([b for b in article.blocks if isinstance(b, Paragraph)]) == 4


def test_a_comment_count_under_the_article_still_heads_the_thread():
    thread = "Comments (2)\nJane D.\nGreat piece, thank you.\nReply"
    text = "Council delays the budget vote\nBy Ana Lima\n" + BODY + BODY + "Facebook\nX\n"
    article = _parse(text + thread + "\n")
    assert thread in [e.text for e in article.discarded]


def test_a_channel_promotion_closes_the_tag_list():
    text = "Council delays the budget vote\nBy Ana Lima\n" + BODY + BODY
    article = _parse(text + "Tags:\nBudget\nCouncil\nFollow our Telegram channel\n")
    assert article.tags == ("Budget", "Council")


def test_a_teaser_date_opening_with_the_day_s_ordinal_keeps_it():
    items = teaser_items(["Polsko chce na obranu dávat pět procent HDP", "6. března 2025"])
    assert [rel for rel, _ in items] == [
        Related("Polsko chce na obranu dávat pět procent HDP", "2025-03-06", None)
    ]
    numbered = teaser_items(["1. Sparta porazila Plzeň a vede ligu", "2. Na D1 se srazilo pět aut"])
    assert [rel.title for rel, _ in numbered] == [
        "Sparta porazila Plzeň a vede ligu",
        "Na D1 se srazilo pět aut",
    ]


def test_support_box_above_the_headline_is_not_the_title():
    text = (
        "Вольная газета\nПоддержите «Вольную газету»\nНас признали «иностранным агентом», и мы"
        " не можем принимать рекламу. Мы продолжаем работать только благодаря читателям.\n"
        "Поддержать\nЕкатеринбургский избирком отказал в регистрации кандидату\n"
        "18 июля 2024\n" + BODY
    )
    assert _parse(text).title == "Екатеринбургский избирком отказал в регистрации кандидату"


def test_short_quotation_over_the_text_is_a_heading():
    text = "Council delays the budget vote\nBy Jane Doe\n" + BODY + "“A clean sweep”\n" + BODY
    assert {"type": "heading", "level": 2, "text": "“A clean sweep”"} in _parse(text).to_dict()[
        "blocks"
    ]


def test_english_was_and_my_are_not_the_polish_pronouns_of_an_appeal():
    # "was" and "my" are Polish for "you" and "we", but not here: the sentence over the button
    # is the article's, not an appeal in the site's voice.
    text = (
        "Council delays the budget vote\nBy Jane Doe\n" + BODY + "The fund was set up by readers"
        " in 2019 to pay for the new library.\nDonate\n"
    )
    blocks = [block.text for block in _parse(text).blocks]
    assert "The fund was set up by readers in 2019 to pay for the new library." in blocks


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (
            d.is_publisher_notice,
            "Editorials are the opinion of The Valley Sentinel’s editorial board, which operates"
            " independently of the newsroom.",
        ),
        (
            d.is_reader_prompt,
            "Have something to say about this editorial? Send a letter to the editor of no more"
            " than 250 words to letters@valleysentinel.com.",
        ),
        (d.is_reader_prompt, "Submit a letter"),
        (d.is_footer_link, "Report an error"),
        (d.is_footer_link, "Policies and Standards"),
        (d.is_original_title, "Original title: «Одна на одиннадцать деревень»"),
    ],
)
def test_editorial_and_translation_furniture(detector, line):
    assert detector(line)


def test_speaker_titles_of_local_officials_are_not_part_of_the_name():
    paragraph = "“We are sleeping people on mattresses in the gym,” said Sheriff Tom Kessler."
    assert [speaker for _, speaker in _inline(paragraph)] == ["Tom Kessler"]
    paragraph = "“There was no braking at all,” said Prosecutor Naveen Sandhu."
    assert [speaker for _, speaker in _inline(paragraph)] == ["Naveen Sandhu"]


def test_support_us_under_the_pleas_closes_them_rather_than_opening_a_box():
    text = "Last medic of eleven villages\n" + BODY
    text += "We rely on readers like you. Support independent journalism from €5 a month.\n"
    text += "Support us\n" + BODY
    article = _parse(text)
    assert (
        "We rely on readers like you. Support independent journalism from €5 a month.\nSupport us"
        in {entry.text for entry in article.discarded}
    )
    assert article.blocks[-1] == Paragraph(BODY.splitlines()[1])


def test_site_pleading_in_its_own_name_over_join_now_is_an_appeal():
    text = "Storm closes railway lines - Lakeside Post\nStorm closes railway lines\n" + BODY
    plea = "Lakeside Post is reader-funded. Become a member to support independent reporting."
    text += plea + "\nJoin now\n© 2025 Lakeside Post\n"
    article = _parse(text)
    assert plea + "\nJoin now" in {entry.text for entry in article.discarded}
    assert article.blocks[-1] == Paragraph(BODY.splitlines()[1])


def test_signed_letters_keep_their_signatures_as_text():
    text = "Letters: Bus cuts will strand the people who can least afford it\n"
    text += "A lifeline, not a luxury\n" + BODY + "Margaret Ellison, Kettlewell\n"
    text += "Keep the Dales dark\n" + BODY + "Ann and Colin Baxter, Hebden\n© 2025 Dales Media\n"
    blocks = _parse(text).blocks
    assert Paragraph("Margaret Ellison, Kettlewell") in blocks
    assert blocks[-1] == Paragraph("Ann and Colin Baxter, Hebden")


@pytest.mark.parametrize(
    ("header", "section"),
    [
        ("The Plains Observer\nHealth\nAnalysis\n", "Health"),  # a genre under the section
        ("Rights Accord\nNews Release\nApril 9, 2025 12:01AM EDT\n", "News Release"),
        ("The Caspian Watch\nThursday, October 17, 2024\n", None),  # the page's first line
    ],
)
def test_section_over_a_genre_label_or_a_date(header, section):
    text = header + "Rural hospitals close maternity wards\n" + BODY
    assert _parse(text).section == section


def test_date_under_a_byline_below_a_summary_box_is_the_published_date():
    text = "Rural hospitals close maternity wards\nKey takeaways\n- 41 hospitals closed wards.\n"
    text += "- Urban ones closed half as many.\nBy Sofia Marquez\nMay 6, 2025\n" + BODY
    assert _parse(text).published == "2025-05-06"


def test_heading_over_a_list_lead_in_is_a_heading():
    text = "Kazakhstan: striking oil workers face prison\n" + BODY + "Recommendations\n"
    text += "To the Government of Kazakhstan:\n- Drop the charges.\n- Repeal article 174.\n"
    text += BODY
    blocks = [block.to_dict() for block in _parse(text).blocks]
    assert {"type": "heading", "level": 2, "text": "Recommendations"} in blocks


def test_press_contacts_and_coverage_link_with_its_address_are_one_entry_each():
    text = "Kazakhstan: striking oil workers face prison\n" + BODY
    text += "For more Rights Accord reporting on Kazakhstan, please visit:\n"
    text += "https://www.rightsaccord.org/kazakhstan\nFor more information, please contact:\n"
    text += "In Berlin, Aliya Bekova: +49-30-5557-1290; or bekovaa@rightsaccord.org\n"
    discarded = {entry.text for entry in _parse(text).discarded}
    assert {
        "For more Rights Accord reporting on Kazakhstan, please visit:\n"
        "https://www.rightsaccord.org/kazakhstan",
        "For more information, please contact:\n"
        "In Berlin, Aliya Bekova: +49-30-5557-1290; or bekovaa@rightsaccord.org",
    } <= discarded


def test_donation_amounts_between_the_plea_and_the_button_are_the_appeal_s():
    text = "Kazakhstan: striking oil workers face prison\n" + BODY
    text += "Your tax deductible gift can help stop violations around the world.\n"
    text += "$50\n$100\nDonate Now\n" + BODY
    assert (
        "Your tax deductible gift can help stop violations around the world.\n$50\n$100\nDonate Now"
        in {entry.text for entry in _parse(text).discarded}
    )


def test_most_read_list_ends_where_the_footer_prints_the_site_s_name():
    text = "Bus cuts will strand the people | Craven Herald\nBus cuts will strand the people\n"
    text += BODY + "Most read\nMan taken to hospital after crash\nCafé to close after 30 years\n"
    text += "Craven Herald\nContact us\nPrivacy policy\n"
    assert "Most read\nMan taken to hospital after crash\nCafé to close after 30 years" in {
        entry.text for entry in _parse(text).discarded
    }


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.is_publisher_notice, "The summary above was written by Plains Observer editors."),
        (d.is_player_control, "Listen to this article · 9 min"),
        (d.is_image_credit, "Chart: Share of rural hospitals offering labor and delivery."),
        (d.is_image_credit, "Oil workers gather in Zhanaozen, September 2024. © 2024 Private"),
        (d.is_download_link, "Download the full report (PDF, 2.1 MB)"),
        (d.is_share_row, "More sharing options"),
        (d.is_reader_prompt, "Letters should be no more than 300 words."),
        (lb.TAGS_LABEL_RE.match, "Region / Country"),
        (lb.RELATED_LABEL_RE.match, "Read more letters"),
    ],
)
def test_analysis_and_ngo_release_furniture(detector, line):
    assert detector(line)


def test_copyright_footer_line_is_not_a_caption():
    assert not d.is_image_credit("© 2025 Rights Accord International")


def test_topic_chips_over_the_author_s_bio_are_tags_but_an_author_card_is_not():
    text = "Ferries pulled from service\nBy Daniel Whitcombe\n" + BODY + BODY
    text += "License this article\nFerries\nPublic transport\n"
    text += "Daniel Whitcombe is the transport reporter for The Harbour Times.\n"
    assert _parse(text).tags == ("Ferries", "Public transport")
    card = "Ferries pulled from service\nBy Emma Laurent\n" + BODY + BODY
    card += "Emma Laurent\nThomson Reuters\nEmma Laurent covers the United Nations in Geneva.\n"
    assert _parse(card).tags == ()


def test_browser_translation_bar_is_discarded_as_one_box():
    text = "Translated from Arabic by Google\nShow original\nOptions\nAl-Sahil\n"
    text += "Electricity: summer peak load expected to exceed forecasts\n" + BODY
    text += "Original text\nRate this translation\n"
    discarded = {entry.text for entry in _parse(text).discarded}
    assert {
        "Translated from Arabic by Google\nShow original\nOptions",
        "Original text\nRate this translation",
    } <= discarded


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.is_share_row, "Very large text size"),
        (d.is_share_row, "License this article"),
        (d.is_share_row, "Copy the link"),
        (d.is_app_promo, "Continue reading in the app"),
        (d.is_app_promo, "Get the full story and more on The Harbour Times app."),
        (d.is_app_promo, "Open the app"),
        (d.is_footer_link, "View full site"),
    ],
)
def test_mobile_page_furniture(detector, line):
    assert detector(line)


def test_engineer_s_title_is_not_part_of_the_speaker():
    paragraph = (
        "“The reserve margin this summer is narrow but sufficient,” said Eng. Fahad Al-Rashidi."
    )
    assert [speaker for _, speaker in _inline(paragraph)] == ["Fahad Al-Rashidi"]


def test_reporter_s_membership_appeal_over_its_button_is_one_appeal():
    text = "Kryvyi Rih left without heating\n" + BODY
    text += "Hi, this is Yuliia Savchuk. I wrote this story from a shelter in Kryvyi Rih.\n"
    text += "Reporting from cities under attack costs money, and we rely on our members.\n"
    text += "Become a member\n" + BODY
    assert (
        "Hi, this is Yuliia Savchuk. I wrote this story from a shelter in Kryvyi Rih.\n"
        "Reporting from cities under attack costs money, and we rely on our members.\n"
        "Become a member" in {entry.text for entry in _parse(text).discarded}
    )


def test_credit_lines_do_not_address_the_reader():
    assert is_credit("Reporting from Kyiv by Olena Marchuk; editing by Tom Hale")
    assert not is_credit("Reporting from cities under attack costs money, and we rely on you.")


def test_air_raid_ticker_and_topic_latest_box():
    text = "Kyiv Sentinel\nAir raid alert\nActive now: Sumy Oblast, Kharkiv Oblast\nAlert map\n"
    text += "News\nWar\nPolitics\nKryvyi Rih left without heating\n" + BODY
    text += "Ukraine war latest\nRussian attack on Sumy injures 12\n2 hours ago\nSee all\n" + BODY
    discarded = {entry.text for entry in _parse(text).discarded}
    assert {
        "Air raid alert\nActive now: Sumy Oblast, Kharkiv Oblast\nAlert map",
        "Ukraine war latest\nRussian attack on Sumy injures 12\n2 hours ago\nSee all",
    } <= discarded


def test_caption_crediting_a_long_source_and_a_channel():
    assert d.is_image_credit(
        "Firefighters at the plant on Nov. 18, 2025. (Kryvyi Rih City Military Administration"
        " / Telegram)"
    )


def test_paper_s_name_printed_again_over_its_footer_is_not_the_headline():
    text = "The Alder Falls Pioneer\nServing Alder County since 1889\nE-Edition\nLocal News\n"
    text += "Voters to decide library levy\nStory by Karen Dahl / Photos by Luke Brandt\n" + BODY
    text += "The Alder Falls Pioneer\n214 N. Main St., Alder Falls, WI 54499\n"
    text += "© 2025 The Alder Falls Pioneer. All rights reserved.\nPrivacy Policy\n"
    article = _parse(text)
    assert article.title == "Voters to decide library levy"
    assert [author.name for author in article.authors] == ["Karen Dahl"]
    assert article.discarded[-1].text.startswith("The Alder Falls Pioneer\n214 N. Main St.")


def test_community_calendar_after_the_story_is_one_box():
    text = "Voters to decide library levy\n" + BODY + "Community Calendar\n"
    text += "Thursday, Oct. 9 — Historical Society meeting, 7 p.m., library meeting room.\n"
    text += "To add your event, email calendar@alderfallspioneer.com by noon Friday.\n"
    assert _parse(text).discarded[-1].reason == "community calendar"


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.is_jump_line, "See LIBRARY on page 6"),
        (d.is_jump_line, "Continued from page 1"),
        (d.photo_credit_line, "Submitted photo"),
        (d.is_image_credit, "Ms Halvorsen in the children's room. Pioneer photo by Luke Brandt"),
    ],
)
def test_print_weekly_furniture(detector, line):
    assert detector(line)


def test_pdf_running_heads_and_contents_leaders():
    head = "Adriatic Centre for Energy Policy\nPage {n} of 3\nWiring the Western Balkans\n"
    text = "Adriatic Centre for Energy Policy\nPolicy Paper\n"
    text += "Wiring the Western Balkans: How a Regional Power Market Could Keep the Lights On\n"
    text += "Contents\nExecutive summary ........ 2\n1. Why the grid is fragile ........ 3\n"
    text += head.format(n=1) + "Executive summary\n" + BODY + "1. Why the grid is fragile\n"
    text += head.format(n=2) + BODY + "1.1 Ageing lines\n" + BODY + head.format(n=3)
    article = _parse(text)
    assert article.title.startswith("Wiring the Western Balkans: How")
    assert article.section == "Policy Paper"
    assert article.toc == ("Executive summary", "Why the grid is fragile")
    headings = [block.text for block in article.blocks if isinstance(block, Heading)]
    assert headings == ["Executive summary", "Why the grid is fragile", "Ageing lines"]


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.is_page_number, "Page 3 of 9"),
        (d.is_image_credit, "Figure 1. Net electricity imports of Albania, 2019-2024 (TWh)"),
        (d.is_footer_link, "ISBN 978-86-81234-17-5"),
    ],
)
def test_pdf_furniture(detector, line):
    assert detector(line)


def test_sentence_opening_with_a_number_is_not_a_page_number():
    assert not d.is_page_number("3 of the 12 ministers resigned")


def test_capitalised_byline_with_an_upper_case_and_names_both_writers():
    assert explicit_byline("By BRIAN OTIENO AND FAITH NJERI") == ["Brian Otieno", "Faith Njeri"]


def test_access_badges_over_teasers_are_no_sections():
    lines = ["Premium", "Why fires keep razing Gikomba market", "Nairobi unveils designs"]
    assert [rel.section for rel, _ in teaser_items(lines)] == [None, None]


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.is_share_row, "Telegram VK OK Dzen Rutube"),
        (d.is_share_row, "Listen to this story"),
        (lb.TAGS_LABEL_RE.match, "Read more on:"),
        (
            d.is_publisher_notice,
            "Story source: Adapted from a news release issued jointly by Harwell University.",
        ),
        (
            d.is_image_credit,
            "Traders sort through the remains of their stalls. Photo | Evans Habil | Courier Media",
        ),
    ],
)
def test_agency_release_and_east_african_daily_furniture(detector, line):
    assert detector(line)


def test_reader_reaction_widget_is_one_box():
    text = "Manila Bay fishers say catch has halved\n" + BODY
    text += "How does this make you feel?\nHappy\nSad\nDon't care\n"
    assert _parse(text).discarded[-1].text == "How does this make you feel?\nHappy\nSad\nDon't care"


def test_membership_box_named_with_a_plus_is_one_offer():
    text = "Manila Bay fishers say catch has halved\n" + BODY + "Salaysay+\n"
    text += "Join Salaysay+ for exclusive stories, events and an ad-free reading experience.\n"
    text += "Join now\n"
    assert _parse(text).discarded[-1].text.startswith("Salaysay+\nJoin Salaysay+")


def test_outlet_in_a_meta_row_is_not_an_author_and_the_author_note_is_the_bio():
    text = "Pricing carbon is the next test - Opinion - Huaxia Daily\n"
    text += "Pricing carbon is the next test\n"
    text += "By Liu Wenjing | Huaxia Daily | Updated: 2025-03-12 07:38\n" + BODY
    text += "The author is a reporter with Huaxia Daily.\n"
    (author,) = _parse(text).authors
    assert (author.name, author.bio) == (
        "Liu Wenjing",
        "The author is a reporter with Huaxia Daily.",
    )


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“Nobody has asked the people who fish,” said Lambat chairperson Ricardo Salonga.",
            "Ricardo Salonga",
        ),
        (
            "“We will act on any violation,” Environment Undersecretary Jonas delos Reyes said.",
            "Jonas delos Reyes",
        ),
    ],
)
def test_filipino_speakers_and_roles(paragraph, speaker):
    assert [found for _, found in _inline(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.is_share_row, "Share - WeChat"),
        (d.is_back_to_top, "BACK TO THE TOP"),
        (d.is_image_credit, "Workers check solar panels in Gansu on March 3. [Photo/Xinhua]"),
        (
            d.is_publisher_notice,
            "The opinions expressed in this article are the author's own and do not necessarily"
            " reflect the views of Huaxia Daily.",
        ),
        (
            d.is_reader_prompt,
            "If you have a specific expertise, then send us your writings at opinion@example.cn.",
        ),
        (
            d.is_copyright_notice,
            "Copyright 1995 - 2025. All rights reserved. The content (including but not limited to"
            " text, photo, multimedia information, etc) published in this site belongs to Huaxia"
            " Daily Information Co (HDIC). Without written authorization, no one may reproduce it.",
        ),
        (d.is_footer_link, "About Salaysay"),
    ],
)
def test_party_daily_and_philippine_furniture(detector, line):
    assert detector(line)


def test_dates_and_phone_numbers_are_not_share_rows():
    assert not d.is_share_row("2025-11-05 11:42")
    assert not d.is_share_row("715-555-0143")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published October 3, 2025 Updated about 4 hours ago", "2025-10-03"),
        ("Posted 3 Oct 2025 at 9:12am, updated an hour ago", "2025-10-03"),
        ("Publié le 3 octobre 2025, mis à jour il y a environ 2 heures", "2025-10-03"),
        ("Veröffentlicht am 3. Oktober 2025, aktualisiert vor etwa 4 Stunden", "2025-10-03"),
    ],
)
def test_a_relative_update_time_beside_the_date_keeps_the_date_line(line, published):
    assert date_line(line).published == published


@pytest.mark.parametrize(
    "line",
    [
        "October 3, 2025: the council met four hours ago",
        "On October 3, 2025 the plant closed, about 4 hours ago in the morning shift",
    ],
)
def test_a_sentence_with_a_date_and_ago_is_no_date_line(line):
    assert date_line(line) is None


def test_a_most_read_list_ends_where_the_footer_names_the_site():
    text = (
        "Fuel prices rise again in Karachi - Business - The Harbour Post\n"
        "Fuel prices rise again in Karachi\nBy Maya Berg\n"
        + BODY
        + "Most Popular\nPetrol price likely to rise from October 16\n"
        "Rupee gains against dollar in interbank trading\n"
        "The Harbour Post Media Group\nAbout us\nContact us\nPrivacy policy\n"
    )
    discarded = {entry.text: entry.reason for entry in _parse(text).discarded}
    assert (
        discarded[
            "Most Popular\nPetrol price likely to rise from October 16\n"
            "Rupee gains against dollar in interbank trading"
        ]
        == "site-wide most-read list"
    )
    assert discarded["The Harbour Post Media Group\nAbout us\nContact us\nPrivacy policy"] == (
        "footer"
    )


def test_a_most_read_headline_that_opens_with_the_site_name_stays_in_the_list():
    text = (
        "Fuel prices rise again in Karachi | The Harbour Post\n"
        "Fuel prices rise again in Karachi\nBy Maya Berg\n"
        + BODY
        + "Most Popular\nPetrol price likely to rise from October 16\n"
        "The Harbour Post wins three national press awards for its reporting\n"
        "About us\nContact us\nPrivacy policy\n"
    )
    discarded = {entry.text: entry.reason for entry in _parse(text).discarded}
    assert (
        discarded[
            "Most Popular\nPetrol price likely to rise from October 16\n"
            "The Harbour Post wins three national press awards for its reporting"
        ]
        == "site-wide most-read list"
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By political reporter Jane Smithers", ["Jane Smithers"]),
        ("By chief political correspondent Tom Wills", ["Tom Wills"]),
        ("By political reporters Jane Smithers and Tom Wills", ["Jane Smithers", "Tom Wills"]),
        (
            "By chief political correspondent Jane Smithers and political reporter Tom Wills",
            ["Jane Smithers", "Tom Wills"],
        ),
    ],
)
def test_a_job_printed_before_the_name_in_a_byline_is_dropped(line, names):
    assert explicit_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "By the time reporter John Smith arrived the hall was empty",
        "By then reporters had left the building",
    ],
)
def test_sentences_opening_with_by_and_naming_a_reporter_are_no_bylines(line):
    assert explicit_byline(line) is None


@pytest.mark.parametrize(
    ("line", "section", "tags"),
    [
        ("Topic: Federal Government", "Federal Government", ()),
        ("Topic: Housing, Federal Government", None, ("Housing", "Federal Government")),
        ("Topics: Federal Government", None, ("Federal Government",)),
    ],
)
def test_a_single_topic_under_the_headline_is_the_section(line, section, tags):
    article = _parse(
        "Council delays the budget vote - Harbour News\nCouncil delays the budget vote\n"
        "By Maya Berg\n" + line + "\n" + BODY
    )
    assert (article.section, article.tags) == (section, tags)


def test_tags_printed_one_per_line_keep_their_commas():
    text = (
        "Council delays the budget vote\n"
        + BODY
        + "Related topics\nBusiness, Economics and Finance\nHousing\nLocal Government\n"
    )
    assert _parse(text).tags == ("Business, Economics and Finance", "Housing", "Local Government")


def test_one_tag_line_under_its_label_is_still_split_at_commas():
    text = "Council delays the budget vote\n" + BODY + "Related topics\nHousing, Local Government\n"
    assert _parse(text).tags == ("Housing", "Local Government")


def test_more_from_the_site_over_the_headline_is_the_menu_not_related():
    text = (
        "Skip to main content\nMore from ABC\nSearch the news archive\nLog in\n"
        "Council delays the budget vote\n" + BODY
    )
    article = _parse(text)
    assert article.related == ()
    assert {e.text: e.reason for e in article.discarded}[
        "Skip to main content\nMore from ABC\nSearch the news archive\nLog in"
    ] == "site navigation"


def test_more_from_a_site_under_the_article_is_still_related():
    text = (
        "Council delays the budget vote\n"
        + BODY
        + "More from ABC\nHarbour ferry timetable changes from Monday\n"
        "New library opens in the old post office\n"
    )
    assert [r.title for r in _parse(text).related] == [
        "Harbour ferry timetable changes from Monday",
        "New library opens in the old post office",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cranes over building sites in Melbourne. (ABC News: Luke Stephenson)", True),
        ("Protesters outside Parliament House. (Reuters: Jaimi Joy)", True),
        ("Flood waters in Lismore. (ABC North Coast: Supplied)", True),
        ("Opposition budget reply (Part 2: Results)", False),
        ("The report lists two options (Option A: Full Repeal)", False),
        ("The council sat until late. (Minutes: see appendix)", False),
    ],
)
def test_a_caption_closed_by_an_outlet_and_its_photographer(line, expected):
    assert d.is_image_credit(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Help keep family & friends informed by sharing this article", True),
        ("Please share this story with your friends", True),
        ("Share this article", True),
        ("Readers have been sharing this article widely since Tuesday.", False),
        ('"I kept sharing this post because it mattered," she said.', False),
        ("The minister was accused of sharing this page of the report with lobbyists.", False),
    ],
)
def test_share_prompts(line, expected):
    assert d.is_share_prompt(line) is expected


def test_a_share_prompt_takes_the_link_to_copy_and_the_buttons_under_it():
    text = (
        "Council delays the budget vote - Harbour News\nCouncil delays the budget vote\n"
        "By Maya Berg\n"
        "Help keep family & friends informed by sharing this article\n"
        "harbournews.example/news/council-delays-budget/1058\nCopy link\nShare\n" + BODY
    )
    discarded = {e.text: e.reason for e in _parse(text).discarded}
    assert (
        discarded[
            "Help keep family & friends informed by sharing this article\n"
            "harbournews.example/news/council-delays-budget/1058\nCopy link\nShare"
        ]
        == "share buttons"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians"
            " and Traditional Custodians of the lands where we live, learn, and work.",
            True,
        ),
        ("The ABC acknowledges the Traditional Custodians of the lands on which we work.", True),
        (
            "We respectfully acknowledge that we work on the unceded traditional territory of the"
            " Musqueam people.",
            True,
        ),
        ("The premier acknowledged Aboriginal leaders had been ignored for decades.", False),
        ("Labor acknowledges the pain of Aboriginal families, Ms Burney told parliament.", False),
        ('"We acknowledge the Traditional Owners of this land," the premier said.', False),
        ("We acknowledge the report has flaws, the minister said.", False),
    ],
)
def test_land_acknowledgements(line, expected):
    assert d.is_land_acknowledgement(line) is expected


def test_the_footer_takes_the_land_acknowledgement_and_the_small_print_under_it():
    text = (
        "Council delays the budget vote\n" + BODY + "Harbour News homepage\n"
        "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians"
        " and Traditional Custodians of the lands where we live, learn, and work.\n"
        "Editorial Policies\nContact Us\nTerms of Use\n"
        "This service may include material from AFP, Reuters and AAP which cannot be reproduced.\n"
        "AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT\n"
    )
    article = _parse(text)
    assert [b.text for b in article.blocks][-1].startswith("Members agreed")
    assert [e.reason for e in article.discarded][-1] == "footer"
    assert article.discarded[-1].text.startswith("Harbour News homepage\nWe acknowledge")
    assert article.discarded[-1].text.endswith("10 hours ahead of GMT")


def test_an_app_promotion_takes_its_title_above_it():
    text = (
        "Council delays the budget vote\n" + BODY + "Get our breaking news alert\n"
        "Download the Harbour News app and turn on alerts for the latest breaking news.\n"
    )
    discarded = {e.text for e in _parse(text).discarded}
    assert (
        "Get our breaking news alert\n"
        "Download the Harbour News app and turn on alerts for the latest breaking news."
    ) in discarded


def test_a_broadcaster_s_fcc_footer_links_are_the_footer_not_a_photo_credit():
    footer = (
        "Contact Us\nClosed Captioning/Audio Description\nPublic Inspection File\n"
        "EEO Report\nFCC Applications\nCopyright 2024 KXRT. All rights reserved."
    )
    text = "Council delays the budget vote\n" + BODY + footer + "\n"
    assert footer in {e.text for e in _parse(text).discarded}


def test_a_broadcaster_s_streaming_app_promotion_takes_its_button():
    promo = "Watch KXRT News 7 on your TV anytime with our free streaming app.\nDownload now"
    text = "Council delays the budget vote\n" + BODY + promo + "\nContact Us\nPrivacy Policy\n"
    assert promo in {e.text for e in _parse(text).discarded}
    assert not d.is_app_promo("Watch the council debate the budget on the city's website.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Get our breaking news alert", True),
        ("Download our app", True),
        ("Opposition says scheme misses buyers", False),
        ("Residents get a say on the plan before it goes ahead.", False),
    ],
)
def test_app_promotion_titles(line, expected):
    assert d.is_app_promo_title(line) is expected


def test_a_quotation_paragraph_goes_on_with_the_speaker_of_the_one_above():
    text = (
        "Council delays the budget vote\n"
        + BODY
        + '"We need more time to read the auditors\' report," Mayor Ruth Keane said.\n'
        + '"Nobody should vote on numbers they have not seen."\n'
    )
    quotes = [(q.text, q.speaker) for q in _parse(text).quotes]
    assert ("Nobody should vote on numbers they have not seen.", "Ruth Keane") in quotes


def test_a_quotation_paragraph_under_a_reported_paragraph_gets_no_speaker():
    text = (
        "Council delays the budget vote\n"
        + BODY
        + "Mayor Ruth Keane said the council needed more time to read the report.\n"
        + '"Nobody should vote on numbers they have not seen."\n'
    )
    assert _parse(text).quotes == ()


# An Iranian agency, a Korean agency


def test_story_number_between_date_and_headline_does_not_hide_the_headline():
    text = (
        "Pars News Agency\nHome\nIran\nEconomy\nSport\nEconomy\n"
        "Tuesday, 14 October 2025 10:23\nNews ID: 85917342\n"
        "Iran and Armenia agree to double gas swap\n" + BODY
    )
    parsed = _parse(text)
    assert parsed.title == "Iran and Armenia agree to double gas swap"
    assert (parsed.published, parsed.section) == ("2025-10-14", "Economy")


def test_tag_list_ends_at_the_next_box_label():
    text = "Rains return to the Sahel\n" + BODY + "Tags\nSahel\nRain\nMost Visited\n"
    text += "Wrestlers win three golds at world championships\nRial firms in open market\n"
    assert _parse(text).tags == ("Sahel", "Rain")


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Posted : 2025.09.22 14:31", "2025-09-22", None),
        ("Updated : 2025.09.22 16:05", None, "2025-09-22"),
    ],
)
def test_dotted_year_first_dates(line, published, updated):
    parsed = date_line(line)
    assert (parsed.published, parsed.updated) == (published, updated)


def test_dotted_dates_need_one_separator_and_a_real_month():
    assert date_line("2025.09/22") is None
    assert find_date("version 2025.13.01") is None


def test_teaser_title_keeps_its_dotted_date_apart():
    assert split_item_date("Seoul apartment prices rise for 30th week 2025.09.18 15:40") == (
        "Seoul apartment prices rise for 30th week",
        "2025-09-18",
    )


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.is_image_credit, "Apartment complexes in Seoul seen from Namsan. [Hanbit photo]"),
        (
            d.is_image_credit,
            "This graphic shows changes in household credit. (PHOTO NOT FOR SALE) (Hanbit)",
        ),
        (d.is_share_row, "Copy URL"),
        (d.is_footer_link, "Editorial Inquiries : +82-2-3770-5114 | desk@example.co.kr"),
        (d.is_copyright_notice, "All Rights Reserved. © 2025 Pars News Agency"),
        (lb.SITEWIDE_LABEL_RE.match, "MOST SAVED"),
        (lb.SITEWIDE_LABEL_RE.match, "Most Visited"),
    ],
)
def test_agency_furniture(detector, line):
    assert detector(line)


def test_a_bracketed_aside_about_photos_is_not_a_credit():
    assert not d.is_image_credit("He said the leaked [sic] photos were fake.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("A cruise ship docks at the port of Piraeus in September. [InTime News]", True),
        (
            "Residents protest outside the port offices in June. [Pyxida/Nikos Vlachos]",
            True,
        ),
        # A transcript's stage direction, a reference, an editor's insertion: no credit.
        ("The minister took her seat. [Applause]", False),
        ("The figure was later revised. [citation needed]", False),
        ("He said they [the residents] would appeal to the Council of State.", False),
    ],
)
def test_bracketed_credit_after_a_caption_sentence(line, expected):
    assert d.is_image_credit(line) is expected


def test_imprint_rows_of_labelled_values_are_not_a_table():
    lines = [
        "Editorial Inquiries : +82-2-3770-5114 | desk@example.co.kr",
        "Registration No. : Seoul A-01234 | Publisher : Yoon Sang-hoon",
    ]
    assert pipe_table(lines, 0) is None


def test_speaker_is_the_person_after_an_organisations_role():
    paragraph = (
        "“We will not hesitate to take additional steps if the market overheats,” Financial "
        "Services Commission Vice Chairman Jung Dae-hyun said on Monday."
    )
    assert _inline(paragraph)[0][1] == "Jung Dae-hyun"


def test_member_of_parliament_title_is_not_part_of_the_name():
    paragraph = "“This law will finally bring prices down for families,” MK Eliran Malka said."
    assert _inline(paragraph)[0][1] == "Eliran Malka"


def test_feed_link_and_ad_link_among_footer_links_join_the_footer():
    footer_lines = "Contact Us\nAbout Us\nAdvertising\nArchive\nRSS\nSite Map\n© 2025 Pars News\n"
    text = "Rains return to the Sahel\nBy Ana Lima\n" + BODY + footer_lines
    footer = [e for e in _parse(text).discarded if "RSS" in e.text]
    assert footer[0].text == footer_lines.strip()


# An Israeli daily


def test_live_ticker_over_the_headline_is_one_widget_and_the_stamped_label_the_section():
    ticker = (
        "Live updates\n3 minutes ago\nIDF strikes weapons depot near Nabatieh\n"
        "11 minutes ago\nHeavy rain expected in the north overnight\nSee all live updates\n"
    )
    text = "The Beacon\nHome\nIsrael News\nOpinion\n" + ticker
    text += "Israel News | Today, 3:45 pm\nKnesset panel advances food price caps\n" + BODY
    parsed = _parse(text)
    assert parsed.title == "Knesset panel advances food price caps"
    assert parsed.section == "Israel News"
    assert ticker.strip() in [entry.text for entry in parsed.discarded]


def test_live_updates_link_in_a_menu_is_not_a_ticker():
    text = "The Beacon\nHome\nLive updates\nOpinion\nKnesset panel advances food price caps\n"
    parsed = _parse(text + BODY)
    assert parsed.title == "Knesset panel advances food price caps"
    assert not any("ticker" in entry.reason for entry in parsed.discarded)


@pytest.mark.parametrize("line", ["Today, 3:45 pm", "Yesterday at 10:12", "today 15:45"])
def test_time_of_day_today_or_yesterday_is_a_relative_time(line):
    assert is_relative_time(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("En español", True),
        ("Lee esta nota en español", True),
        ("Read this article in: BHS", True),
        ("Read in Norwegian", True),
        ("In Russian", False),
        ("English", False),
        ("In English classrooms, phones are banned", False),
    ],
)
def test_links_to_the_article_in_another_language(line, expected):
    assert d.is_language_link(line) is expected


MENU = "The Weekly\nArgentina\nEconomy\nPolitics\nCity\nCulture\n"


@pytest.mark.parametrize(
    ("header", "section"),
    [
        (
            MENU
            + "En español\nSubte fares to rise as City ends freeze\n"
            + "City · Saturday, October 18, 2025\n",
            "City",
        ),
        (
            MENU
            + "Subte fares to rise as City ends freeze\nTransport · Saturday, October 18, 2025\n",
            None,
        ),
    ],
)
def test_menu_label_beside_the_date_is_the_section(header, section):
    article = _parse(header + BODY)
    assert (article.section, article.published) == (section, "2025-10-18")


def test_teaser_in_the_text_repeated_in_the_related_box_is_listed_once():
    text = (
        "Subte fares to rise as City ends freeze\n"
        + BODY
        + "READ MORE: Bus fares in the metropolitan area to rise again\n"
        + BODY
        + "Related news\nBus fares in the metropolitan area to rise again\n17/10/2025\n"
        + "Line E extension to Retiro opens after six years\n09/10/2025\n"
    )
    related = [(r.title, r.date) for r in _parse(text).related]
    assert related == [
        ("Bus fares in the metropolitan area to rise again", "2025-10-17"),
        ("Line E extension to Retiro opens after six years", "2025-10-09"),
    ]


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Explainer · Public finance", "Public finance"),
        ("Analysis | Europe", "Europe"),
        ("Europe · Politics", None),
        ("Opinion · Analysis", None),
    ],
)
def test_genre_then_section_chip(line, section):
    assert d.genre_and_section(line) == section


DATA_HEADER = (
    "Skip to content\nOur World in Numbers\nTopics\nCharts\nExplainers\nAbout\nNewsletter\n"
    "Explainer · Public finance\n"
    "Why emerging economies are spending more on interest than on health\n"
    "Interest payments now take a bigger share of government revenue than at any time since "
    "the early 2000s. Here is what is driving the increase.\n"
    "By Priya Raman and Tomás Keller\nNov 3, 2025 · 9 min read\n"
)


@pytest.mark.parametrize(
    ("browser_title", "title"),
    [
        (
            "Emerging-market debt: why interest bills are rising – Our World in Numbers\n",
            "Why emerging economies are spending more on interest than on health",
        ),
        (
            "Emerging-market debt: why interest bills are rising – Numbers Weekly\n",
            "Emerging-market debt: why interest bills are rising",
        ),
    ],
)
def test_seo_browser_title_of_the_printed_masthead_yields_to_the_headline(browser_title, title):
    article = _parse(browser_title + DATA_HEADER + BODY)
    assert article.title == title


def test_explainer_chip_gives_the_section_and_newsletter_in_the_menu_is_a_menu_link():
    text = "Why interest bills are rising so fast – Our World in Numbers\n" + DATA_HEADER + BODY
    article = _parse(text)
    assert article.section == "Public finance"
    assert any(
        e.reason == "site navigation" and e.text.endswith("About\nNewsletter")
        for e in article.discarded
    )


CHART = (
    "Figure 2\nAverage interest rate on new government borrowing, %\nLocal-currency bonds\n"
    "Loading chart…\n0\n2\n4\n2015 2020 2025\n"
)


@pytest.mark.parametrize(
    ("credit", "boxed"),
    [("Chart: Our World in Numbers • Source: IMF • Get the data • Embed\n", True), ("", False)],
)
def test_chart_from_its_number_to_its_credit_line_is_one_widget(credit, boxed):
    text = "Debt bills rise across emerging economies\n" + BODY + CHART + credit + BODY
    charts = [e.text for e in _parse(text).discarded if e.reason == "embedded chart"]
    assert bool(charts) is boxed
    assert not charts or charts[0] == (CHART + credit).strip()


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Reuse our work freely", True), ("Republish this article", True), ("Reuse our bags", False)],
)
def test_republish_box_labels(line, expected):
    assert bool(lb.REPUBLISH_LABEL_RE.match(line)) is expected


def test_stamped_label_needs_a_label_and_a_time():
    assert d.stamped_label("Israel News | Today, 3:45 pm") == "Israel News"
    assert d.stamped_label("Israel News | Opinion") is None
    assert d.stamped_label("Today, 3:45 pm") is None


def test_paywall_box_in_the_text_is_one_notice_from_its_badge_to_its_sign_in_line():
    box = (
        "Premium\nUnlock the full Beacon experience\n"
        "Exclusive analysis from our senior correspondents and the daily briefing.\n"
        "Subscribe now – ₪9.90 for the first month\nAlready a subscriber? Log in\n"
    )
    text = "Knesset panel advances food price caps\nBy Ana Lima\n" + BODY + box + BODY
    parsed = _parse(text)
    assert box.strip() in [entry.text for entry in parsed.discarded]
    assert len([b for b in parsed.blocks if isinstance(b, Paragraph)]) == 4


def test_paragraph_over_a_paywall_line_stays_text():
    paragraph = "The committee will vote again on Monday, its chairman said after the session."
    text = "Knesset panel advances food price caps\nBy Ana Lima\n" + BODY + paragraph + "\n"
    text += "Already a subscriber? Log in\n"
    assert paragraph in [b.text for b in _parse(text).blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize(
    "line", ["By STAFF and NOA BEN-DAVID", "By STAFF, NOA BEN-DAVID", "By Agencies & Noa Ben-David"]
)
def test_desk_beside_the_reporter_in_a_byline_names_nobody(line):
    assert explicit_byline(line) == ["Noa Ben-David"]


def test_a_name_beginning_like_staff_is_a_name():
    assert explicit_byline("By Staffan Lind") == ["Staffan Lind"]


# A Gulf broadcaster's English site, a South African daily


def test_story_source_naming_the_outlet_and_the_wires_is_a_credit_not_a_caption():
    last = "Social media users criticised the timing of the increase, officials said."
    text = "Egypt raises fuel prices\nBy Ana Lima\n" + BODY + last + "\n"
    parsed = _parse(text + "Source: Al Fanar and news agencies\n")
    assert last in [b.text for b in parsed.blocks if isinstance(b, Paragraph)]
    assert is_credit("Source: Al Fanar and news agencies")
    assert not is_credit("Source: the finance ministry said prices would rise and agencies.")


def test_section_path_over_the_headline_gives_its_last_part():
    text = "Al Fanar\nNews\nOpinion\nNews|Business and Economy\nEgypt raises fuel prices again\n"
    assert _parse(text + BODY).section == "Business and Economy"


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.is_list_position_marker, "list of 4 items"),
        (d.is_comments_closed, "Comments have been disabled for this article."),
        (d.is_player_control, "Listen to this article 0:00 / 4:12"),
        (d.is_subscription_box_title, "Subscribe to News24 for the full experience"),
    ],
)
def test_broadcaster_and_daily_furniture(detector, line):
    assert detector(line)


def test_comments_disabled_notice_is_not_a_paragraph_or_a_teaser():
    notice = "Comments have been disabled for this article."
    text = "Joburg taps run dry\nBy Ana Lima\n" + BODY + "Related Links\n"
    text += "Rand Water maintenance to run until Friday\nDA calls for urgent council sitting\n"
    parsed = _parse(text + notice + "\n")
    assert notice not in [b.text for b in parsed.blocks if isinstance(b, Paragraph)]
    assert notice not in [r.title for r in parsed.related]


def test_paywall_box_under_a_long_name_is_one_notice():
    box = (
        "Subscribe to News24 for the full experience\n"
        "Get unlimited access to award-winning journalism and exclusive investigations.\n"
        "R75 per month. Cancel anytime.\nSubscribe now\nAlready a subscriber? Sign in\n"
    )
    text = "Joburg taps run dry\nBy Ana Lima\n" + BODY + box + BODY
    assert box.strip() in [entry.text for entry in _parse(text).discarded]


@pytest.mark.parametrize("line", ["Social Sharing", "Sharing options", "Sharing"])
def test_sharing_box_heading_is_share_buttons(line):
    assert d.is_share_row(line)


@pytest.mark.parametrize("line", ["Social Sharing Economy", "Sharing the load"])
def test_phrase_starting_with_sharing_is_not_share_buttons(line):
    assert not d.is_share_row(line)


def test_sharing_box_under_the_headline_is_no_author():
    text = "Knesset panel advances food price caps\nSocial Sharing\nBy Ana Lima\n" + BODY
    parsed = _parse(text)
    assert [author.name for author in parsed.authors] == ["Ana Lima"]
    assert ("Social Sharing", "share buttons") in [(e.text, e.reason) for e in parsed.discarded]


@pytest.mark.parametrize(
    "row",
    [
        "Rachel Tremblay · CBC News · Posted: Oct 14, 2025 4:00 AM EDT | Last Updated: 2 hours ago",
        "Rachel Tremblay · CBC News · Posted: Oct 14, 2025 4:00 AM EDT | "
        "Last Updated: Oct 14, 2025 9:15 AM EDT",
        "Rachel Tremblay · CBC News · Posted: Oct 14, 2025 | Last Updated: 2 hours ago",
        "By Rachel Tremblay, CBC News · Posted: Oct 14, 2025 4:00 AM EDT | "
        "Last Updated: 2 hours ago",
    ],
)
def test_meta_row_with_the_broadcaster_and_a_relative_update_gives_author_and_date(row):
    parsed = _parse("Knesset panel advances food price caps\n" + row + "\n" + BODY)
    assert [author.name for author in parsed.authors] == ["Rachel Tremblay"]
    assert parsed.published == "2025-10-14"
    assert row not in [b.text for b in parsed.blocks]


@pytest.mark.parametrize(
    "line", ["Last Updated: 2 hours ago", "Last updated 5 minutes ago", "Posted: 3 days ago"]
)
def test_labelled_time_ago_is_a_relative_time(line):
    assert is_relative_time(line)


def test_sentence_ending_in_time_ago_is_not_a_relative_time():
    assert not is_relative_time("The last update came 2 hours ago")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Rachel Tremblay, CBC News", ["Rachel Tremblay"]),
        ("By Jane Doe and John Roe, Sky News", ["Jane Doe", "John Roe"]),
    ],
)
def test_broadcaster_after_the_reporter_is_no_author(line, names):
    assert explicit_byline(line) == names


@pytest.mark.parametrize("part", ["CBC News", "BBC Radio", "Global News"])
def test_broadcaster_names(part):
    assert is_broadcaster_name(part)


@pytest.mark.parametrize("part", ["News", "Rachel Tremblay", "Breaking news", "Bad News Bears"])
def test_not_broadcaster_names(part):
    assert not is_broadcaster_name(part)


def test_job_title_in_the_author_box_is_discarded_as_such():
    box = (
        "About the author\nRachel Tremblay\nSenior Reporter\n"
        "Rachel Tremblay covers Ontario politics and housing for CBC News in Toronto.\n"
    )
    parsed = _parse("Knesset panel advances food price caps\nBy Rachel Tremblay\n" + BODY * 2 + box)
    assert ("Senior Reporter", "author's job title") in [
        (e.text, e.reason) for e in parsed.discarded
    ]
    assert parsed.authors[0].bio.startswith("Rachel Tremblay covers")


def test_each_bio_under_about_the_authors_is_its_own_authors():
    box = (
        "About the authors\n"
        "Jane Doe is a senior investigator at the newsroom, where she covers mining.\n"
        "John Roe is the newsroom's data editor. He is on Bluesky at @jroe.bsky.social.\n"
        "Investigations like this take months. Help us do the next one.\n"
    )
    parsed = _parse(
        "Gold from the war reaches the Gulf\nBy Jane Doe and John Roe\n" + BODY * 2 + box
    )
    jane, john = parsed.authors
    assert jane.bio.startswith("Jane Doe is") and jane.handles == ()
    assert john.bio.startswith("John Roe is") and john.handles == ("@jroe.bsky.social",)


def test_employer_in_the_author_box_is_no_job_title():
    box = (
        "Rachel Tremblay\nCBC Toronto\n"
        "Rachel Tremblay covers Ontario politics and housing for CBC News in Toronto.\n"
    )
    parsed = _parse("Knesset panel advances food price caps\nBy Rachel Tremblay\n" + BODY * 2 + box)
    assert "CBC Toronto" not in [e.text for e in parsed.discarded]
    assert "CBC Toronto" not in [b.text for b in parsed.blocks]


VIDEO_CARD = (
    "WATCH | Why tenants in newer buildings face no limit on rent increases:\n"
    "Why tenants in newer buildings face no limit on rent increases\n5 months ago\n"
    "Duration 2:14\n"
    "Tenants in units first occupied after 2018 are not covered by the rules. Our reporter "
    "explains.\n"
)


def test_video_card_is_one_embedded_media_entry():
    parsed = _parse(
        "Knesset panel advances food price caps\nBy Ana Lima\n" + BODY + VIDEO_CARD + BODY
    )
    assert (VIDEO_CARD.strip(), "embedded media") in [(e.text, e.reason) for e in parsed.discarded]
    assert len([b for b in parsed.blocks if isinstance(b, Paragraph)]) == 4


def test_video_duration_goes_with_its_embed_line_and_the_paragraph_after_stays():
    embed = "WATCH | Developers say rent control could put new towers on hold:\n1:58\n"
    parsed = _parse("Knesset panel advances food price caps\nBy Ana Lima\n" + BODY + embed + BODY)
    assert (embed.strip(), "embedded media") in [(e.text, e.reason) for e in parsed.discarded]
    assert len([b for b in parsed.blocks if isinstance(b, Paragraph)]) == 4


def test_sentence_with_a_duration_under_a_video_stays_text():
    paragraph = "The video, which runs 2:14, shows tenants queueing outside the board's office."
    embed = "Watch: Tenants queue at the board\n"
    text = "Knesset panel advances food price caps\nBy Ana Lima\n" + BODY + embed + paragraph + "\n"
    assert paragraph in [b.text for b in _parse(text + BODY).blocks]


def test_paragraph_starting_with_watch_stays_text():
    paragraph = "Watch for the committee to revisit the rules in the spring, the minister said."
    text = "Knesset panel advances food price caps\nBy Ana Lima\n" + BODY + paragraph + "\n"
    assert paragraph in [b.text for b in _parse(text + BODY).blocks]


@pytest.mark.parametrize("line", ["Duration 2:14", "Duration: 1:02:33", "1:58"])
def test_player_running_times(line):
    assert d.is_media_duration(line)


@pytest.mark.parametrize("line", ["Duration of the strike: 3 weeks", "2:14 pm", "John 3:16 says"])
def test_not_player_running_times(line):
    assert not d.is_media_duration(line)


CITY_BODY = (
    "Toronto council met on Monday to discuss the budget for the coming year, officials said.\n"
    "Business groups in Toronto asked members to postpone the vote until the audit was done.\n"
)


@pytest.mark.parametrize(
    "menu",
    [
        "The Beacon\nHome\nNews\nWorld\nBusiness\n",
        "The Beacon\nNews\nWorld\nBusiness\nSports\n",
        "The Beacon\nTop Stories\nWorld\nBusiness\nSports\n",
    ],
)
def test_place_under_the_menu_that_the_story_names_is_the_section(menu):
    parsed = _parse(menu + "Toronto\nCouncil delays budget vote\n" + CITY_BODY)
    assert parsed.section == "Toronto"


@pytest.mark.parametrize("last_entry", ["Business", "Sci-Tech"])
def test_menu_entry_over_the_headline_stays_navigation(last_entry):
    menu = "The Beacon\nHome\nNews\nWorld\nSports\n" + last_entry + "\n"
    parsed = _parse(menu + "Council delays budget vote\n" + CITY_BODY)
    assert parsed.section is None


# A government's speech page


def test_thank_you_closing_a_speech_is_its_last_paragraph():
    text = (
        "Minister's remarks at the summit\nBy Ana Lima\n" + BODY + "Thank you.\nShare this page\n"
    )
    assert _parse(text).blocks[-1] == Paragraph("Thank you.")


def test_thanks_for_reading_is_not_a_closing_paragraph():
    text = "Minister's remarks at the summit\nBy Ana Lima\n" + BODY + "Thanks for reading!\n"
    assert "Thanks for reading!" not in [b.text for b in _parse(text).blocks]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Harriet Cole MP", ["Harriet Cole"]),
        ("The Rt Hon Harriet Cole MP", ["Harriet Cole"]),
        ("Ann Lee OBE", ["Ann Lee"]),
    ],
)
def test_honorifics_and_letters_after_a_name_are_not_part_of_it(line, names):
    assert bare_byline(line) == names


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.COOKIE_BUTTON_RE.match, "Reject additional cookies"),
        (d.COOKIE_BUTTON_RE.match, "View cookies"),
        (d.is_release_notice, "Check against delivery"),
        (d.is_release_notice, "As prepared for delivery"),
        (
            d.is_copyright_notice,
            "All content is available under the Open Government Licence v3.0, except where"
            " otherwise stated",
        ),
        (lb.TAGS_LABEL_RE.match, "Explore the topic"),
    ],
)
def test_government_page_furniture(detector, line):
    assert detector(line)


def test_a_sentence_about_a_licence_is_not_a_notice():
    assert not d.is_copyright_notice("The company said its licence to export gas had expired.")


def test_related_box_ends_at_the_topics_and_the_feedback_widget():
    text = "Minister's remarks at the summit\nBy Ana Lima\n" + BODY + "Related content\n"
    text += "Programme to protect east coast towns from storm surges\n"
    text += "Independent review of the response to the storm\nExplore the topic\n"
    text += "Flooding and coastal change\nLocal government\nWas this page helpful?\nYes\nNo\n"
    parsed = _parse(text)
    assert [r.title for r in parsed.related] == [
        "Programme to protect east coast towns from storm surges",
        "Independent review of the response to the storm",
    ]
    assert parsed.tags == ("Flooding and coastal change", "Local government")


def test_put_it_introduces_a_quotation():
    paragraph = (
        "In August, Margaret Hislop, who runs the lifeboat shop, put it to me plainly: “We need "
        "someone to tell us when the new wall is coming.”"
    )
    assert _inline(paragraph)[0][1] == "Margaret Hislop"


@pytest.mark.parametrize("line", ["Change Size", "Change text size", "Adjust font size"])
def test_text_size_control_naming_the_action_is_a_share_control(line):
    assert d.is_share_row(line)


@pytest.mark.parametrize("line", ["Change", "Change size of the cabinet", "Size matters"])
def test_change_in_a_title_is_no_text_size_control(line):
    assert not d.is_share_row(line)


def test_text_size_control_under_the_byline_is_no_author():
    text = "Council delays budget vote\nBy Rizki Anggraeni\nShare this article\nChange Size\n"
    parsed = _parse(text + BODY)
    assert [a.name for a in parsed.authors] == ["Rizki Anggraeni"]
    assert "Share this article\nChange Size" in {e.text for e in parsed.discarded}


GOLKAR_QUOTE = (
    "“We are looking for a system where regional heads do not have to go into debt to win,” "
)


@pytest.mark.parametrize("reference", ["Arief", "Wibisono"])
def test_name_followed_by_of_the_party_is_recorded_for_later_references(reference):
    context = "Commission II chair Arief Wibisono of the Golkar Party said elections cost too much."
    paragraph = GOLKAR_QUOTE + reference + " told reporters."
    assert [s for _, s in _inline(paragraph, context)] == ["Arief Wibisono"]


def test_speaker_named_with_the_body_after_of_is_the_person():
    paragraph = GOLKAR_QUOTE + "said Arief Wibisono of the Golkar Party."
    assert [s for _, s in _inline(paragraph)] == ["Arief Wibisono"]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("the Golkar Party", "Golkar Party"),
        ("the Democratic Party of Japan", "Democratic Party of Japan"),
        ("the Bank of Korea", "Bank of Korea"),
    ],
)
def test_organisation_with_of_in_its_name_stays_the_speaker(speaker, expected):
    paragraph = GOLKAR_QUOTE + speaker + " said in a statement."
    assert [s for _, s in _inline(paragraph)] == [expected]


HIEU_CONTEXT = "Deputy Prime Minister Tran Quoc Hieu received the Lao delegation in Hanoi."
EXPRESSWAY_QUOTE = "“The Vientiane–Hanoi expressway must not stay on paper any longer,” "


@pytest.mark.parametrize("attribution", ["Deputy PM Hieu said.", "PM Hieu said.", "said PM Hieu."])
def test_pm_before_a_name_is_a_title(attribution):
    assert [s for _, s in _inline(EXPRESSWAY_QUOTE + attribution, HIEU_CONTEXT)] == [
        "Tran Quoc Hieu"
    ]


@pytest.mark.parametrize(
    "minister",
    [
        "Minister of Public Works and Transport Khamphet Sengdara",
        "Minister of Trade and Industry Khamphet Sengdara",
        "Minister of Finance Khamphet Sengdara",
        "Transport Minister Khamphet Sengdara",
    ],
)
def test_portfolio_ending_the_title_is_not_part_of_the_name(minister):
    context = "Lao " + minister + " arrived in Hanoi on Monday."
    paragraph = EXPRESSWAY_QUOTE + "Minister Khamphet said."
    assert [s for _, s in _inline(paragraph, context)] == ["Khamphet Sengdara"]


@pytest.mark.parametrize("name", ["Pham Minh Chinh", "Kingsley Amis", "Marie Laborde"])
def test_name_with_a_title_like_word_in_it_stays_whole(name):
    assert [s for _, s in _inline(EXPRESSWAY_QUOTE + name + " said.")] == [name]


@pytest.mark.parametrize("line", ["Back", "Send", "Back Print Send"])
def test_article_toolbar_back_and_send_buttons_are_share_controls(line):
    assert d.is_share_row(line)


@pytest.mark.parametrize("line", ["Back to school", "Send in the troops", "Back the bill"])
def test_back_or_send_opening_a_title_is_no_toolbar(line):
    assert not d.is_share_row(line)


def test_toolbar_under_the_tags_is_one_share_row():
    text = "Council delays budget vote\nBy Ngoc Anh\n" + BODY + "Tags: budget, council\n"
    discarded = {e.text: e.reason for e in _parse(text + "Back\nPrint\nSend\n").discarded}
    assert discarded["Back\nPrint\nSend"] == "share buttons"


@pytest.mark.parametrize(
    "line",
    [
        "Licence No. 1812/GP-BTTTT issued by the Ministry of Information on December 7, 2021",
        "License number: 42/2019",
    ],
)
def test_press_licence_in_the_imprint_is_a_footer_line(line):
    assert d.is_footer_link(line)


def test_licence_in_a_sentence_is_no_footer_line():
    assert not d.is_footer_link("Licence numbers for taxis will be capped at 2,000 next year.")


IMPRINT = (
    "Licence No. 1812/GP-BTTTT issued by the Ministry of Information on December 7, 2021\n"
    "Editor-in-Chief: Le Minh Quang\n"
    "© Copyright Harbour Daily. All rights reserved.\n"
)


@pytest.mark.parametrize(
    ("masthead", "joined"),
    [
        ("Harbour Daily – English edition of the Harbour online newspaper", True),
        ("Harbour Daily is published by the Harbour Media Group.", False),
    ],
)
def test_site_tagline_over_the_imprint_joins_the_footer(masthead, joined):
    text = "Council delays budget vote | Harbour Daily\nCouncil delays budget vote\n"
    text += "By Ngoc Anh\n" + BODY + masthead + "\n" + IMPRINT
    discarded = {e.text for e in _parse(text).discarded}
    assert (masthead + "\n" + IMPRINT.rstrip("\n") in discarded) is joined


# A UN news story, a Singapore daily


def test_agency_photo_credit_on_its_own_line_closes_the_caption_above():
    caption = "Peacekeepers patrol near the civilians' site in Malakal. (file)"
    text = "Fighting forces 60,000 from their homes\nBy Ana Lima\n" + BODY + caption + "\n"
    text += "UN Photo/Esther Nyakong\n" + BODY
    discarded = [entry.text for entry in _parse(text).discarded]
    assert caption + "\nUN Photo/Esther Nyakong" in discarded
    assert d.photo_credit_line("UN Photo/Esther Nyakong")
    assert not d.photo_credit_line("Reuters/Ipsos poll shows support")


def test_country_of_a_role_is_not_part_of_the_speakers_name():
    context = "UNICEF Representative in South Sudan Grace Wanjiru said cases were rising.\n"
    paragraph = (
        "“Children arriving in Malakal are exhausted, hungry and drinking whatever water they "
        "can find,” Ms. Wanjiru said."
    )
    assert _inline(paragraph, context)[0][1] == "Grace Wanjiru"


def test_a_country_prefixed_organisation_keeps_its_name_and_a_country_name_its_person():
    treasury = "The US Treasury Department said it was “ready to impose sanctions on any trader”."
    assert _inline(treasury)[0][1] == "US Treasury Department"
    peterson = "“We will publish the full data next week,” Jordan Peterson said."
    assert _inline(peterson)[0][1] == "Jordan Peterson"


def test_madam_is_a_title_before_a_surname():
    context = "Noodle seller Lee Siew Hoon has worked at the centre since 1998.\n"
    paragraph = "“If I tell them 20 cents more for the box, some will just go,” Madam Lee said."
    assert _inline(paragraph, context)[0][1] == "Lee Siew Hoon"


def test_topics_covered_list_gives_the_tags_and_ends_at_the_paywall_box():
    text = "Hawker centres to charge for containers\nBy Ana Lima\n" + BODY
    text += "Topics covered in this article\nHawker centres\nWaste management\n"
    text += "Get unlimited access\n"
    text += "Subscribe to The Tribune from $0.99/month for the first three months.\n"
    text += "Subscribe now\nAlready a subscriber? Log in\n"
    parsed = _parse(text)
    assert parsed.tags == ("Hawker centres", "Waste management")
    assert any(entry.text.startswith("Get unlimited access\n") for entry in parsed.discarded)


@pytest.mark.parametrize(
    "line", ["Subscribe to The Tribune from $0.99/month for the first three months."]
)
def test_offer_with_a_price_is_a_paywall_line(line):
    assert d.is_paywall(line)


def test_a_sentence_with_a_price_is_not_an_offer():
    assert not d.is_paywall("Get this: fuel now costs $1.20 a litre, up from 95 cents in May.")


def test_subscribe_heading_over_a_newsletter_form_joins_the_box():
    box = "Subscribe\nGet the UN News daily digest in your inbox\nEmail address\nSign up"
    text = "Fighting forces 60,000 from their homes\nBy Ana Lima\n" + BODY + box + "\n"
    assert box in [entry.text for entry in _parse(text).discarded]


def test_imprint_between_footer_lines_joins_the_footer():
    footer = (
        "About us\nContact us\nPrivacy Policy\n"
        "MCI (P) 041/10/2025. Published by Tribune Media Limited. Co. Regn. No. 201912345K.\n"
        "Copyright © 2025 Tribune Media Limited. All rights reserved."
    )
    text = "Hawker centres to charge for containers\nBy Ana Lima\n" + BODY + footer + "\n"
    assert footer in [entry.text for entry in _parse(text).discarded]


@pytest.mark.parametrize(
    "browser_title",
    [
        "Council delays the budget vote again : Shots - Health News : NRN",
        "Council delays the budget vote again : NRN",
    ],
)
def test_spaced_colon_site_suffix_leaves_the_printed_headline(browser_title):
    text = browser_title + "\nHome\nNews\nCouncil delays the budget vote again\n"
    text += "By Ngoc Anh\n" + BODY
    article = _parse(text)
    assert article.title == "Council delays the budget vote again"
    assert (browser_title, "browser page title") in {(e.text, e.reason) for e in article.discarded}


@pytest.mark.parametrize(
    "first_line",
    [
        "Council delays the budget vote again : what happens next for the town",
        "Council delays the budget vote again : Why The Auditors Have Not Finished Their Report",
    ],
)
def test_spaced_colon_inside_a_headline_is_no_site_suffix(first_line):
    text = first_line + "\nCouncil delays the budget vote again\nBy Ngoc Anh\n" + BODY
    reasons = {e.text: e.reason for e in _parse(text).discarded}
    assert reasons.get(first_line) != "browser page title"


@pytest.mark.parametrize(
    "line",
    [
        "October 14, 20255:01 PM ET",
        "October 14, 202511:01 AM ET",
        "Oct. 14, 20255:01 PM ET",
        "14 October 202517:45",
    ],
)
def test_year_run_into_the_time_is_still_a_date(line):
    assert date_line(line).published == "2025-10-14"


@pytest.mark.parametrize(
    "line",
    ["October 14, 202512", "October 14, 20251 people", "October 14, 2025123:45"],
)
def test_longer_digit_run_after_a_date_is_no_year(line):
    assert find_date(line) is None


@pytest.mark.parametrize(
    "line", ["Sponsor Message", "Sponsored message", "A message from our sponsors"]
)
def test_underwriting_slot_is_an_ad_marker(line):
    assert d.is_ad_marker(line)


@pytest.mark.parametrize(
    "line",
    ["Sponsor NRN", "Message from the mayor", "The sponsor's message was clear, officials said."],
)
def test_sponsor_in_other_lines_is_no_ad_marker(line):
    assert not d.is_ad_marker(line)


def test_sponsor_message_mid_body_is_no_heading():
    text = "Council delays budget vote\nBy Ngoc Anh\n" + BODY + "Sponsor Message\n" + BODY
    article = _parse(text)
    assert "Sponsor Message" not in [b.text for b in article.blocks]
    assert ("Sponsor Message", "advertisement marker") in {
        (e.text, e.reason) for e in article.discarded
    }


def _section_under_menu(menu: str) -> str | None:
    text = menu + "Health\nCouncil delays the budget vote again\nBy Ngoc Anh\n" + BODY
    return _parse(text).section


def test_label_under_the_menu_bar_closed_by_its_search_button_is_the_section():
    assert _section_under_menu("Home\nNews\nCulture\nMusic\nSearch\n") == "Health"


def test_last_entry_of_a_menu_running_into_the_headline_is_no_section():
    assert _section_under_menu("Home\nNews\nCulture\nMusic\n") is None


@pytest.mark.parametrize(
    "line", ["Listen · 4:02", "Listen - 12:30", "4-Minute Listen", "12 min listen", "Playlist"]
)
def test_story_audio_button_is_a_player_control(line):
    assert d.is_player_control(line)


@pytest.mark.parametrize("line", ["Listen to the victims", "Transcript", "Download"])
def test_other_lines_are_no_player_control(line):
    assert not d.is_player_control(line)


def test_buttons_under_the_player_join_it():
    player = "Listen · 4:02\n4-Minute Listen\nPlaylist\nDownload\nEmbed\nTranscript"
    text = "Council delays budget vote\nBy Ngoc Anh\n" + player + "\n" + BODY
    assert (player, "audio player") in {(e.text, e.reason) for e in _parse(text).discarded}


@pytest.mark.parametrize("line", ["Heard on Afternoon Dispatch", "As heard on Weekend Edition"])
def test_broadcast_credit_is_a_show_line(line):
    assert d.is_show_line(line)


@pytest.mark.parametrize(
    "line", ["Heard on the grapevine", "Heard on Monday that the vote was delayed, she said."]
)
def test_sentence_about_hearing_is_no_show_line(line):
    assert not d.is_show_line(line)


def test_show_line_under_the_headline_is_no_section():
    text = "Council delays budget vote\nHeard on Afternoon Dispatch\nBy Ngoc Anh\n" + BODY
    assert _parse(text).section is None


@pytest.mark.parametrize("line", ["Enlarge this image", "hide caption", "toggle caption"])
def test_image_buttons_are_caption_controls(line):
    assert d.is_caption_control(line)


@pytest.mark.parametrize("line", ["Hide and seek", "Show caption contest winners"])
def test_other_lines_are_no_caption_controls(line):
    assert not d.is_caption_control(line)


def test_image_block_with_its_buttons_is_one_caption():
    image = (
        "Enlarge this image\nA paramedic checks the kit carried on every ambulance.\n"
        "Kelsey Hartwell for NRN\nhide caption\ntoggle caption\nKelsey Hartwell for NRN"
    )
    text = "Council delays budget vote\nBy Ngoc Anh\n" + BODY + image + "\n" + BODY
    assert image in {e.text for e in _parse(text).discarded}


# An East African business weekly, a US local paper reprinting a wire story


def test_link_to_the_authors_page_between_byline_and_date_is_no_teaser():
    text = "Three numbers that will make or break the budget\nBy Wanjiru Kamau\n"
    text += "More by this Author\nOctober 14, 2025\n" + BODY
    parsed = _parse(text)
    assert parsed.published == "2025-10-14"
    assert parsed.related == ()
    assert d.is_author_page_link("See all articles by Wanjiru Kamau")
    assert d.is_author_page_link("All articles by this author")
    assert not d.is_author_page_link("More by this author is expected next year.")


def test_print_edition_note_naming_the_edition_needs_no_date():
    note = "This article first appeared in the print edition of Nairobi Business Weekly."
    assert d.is_print_edition_note(note)
    assert not is_credit(note)
    assert is_credit("This article was first published by the Lowy Institute.")


def test_related_box_ends_at_the_site_name_its_domain_spells():
    text = "Small towns to share $1.2 billion | News | maplefallsherald.com\n"
    text += "Small towns to share $1.2 billion\nBy Tom Bell\n" + BODY + "Trending Now\n"
    text += "Homecoming parade route changes this year\nVolleyball team clinches the title\n"
    text += "Maple Falls Herald\n112 W. Main St.\nTerms of Use\nPrivacy Policy\n"
    trending = [e.text for e in _parse(text).discarded if e.text.startswith("Trending Now")]
    assert trending == [
        "Trending Now\nHomecoming parade route changes this year\n"
        "Volleyball team clinches the title"
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By JANE ROE Associated Press", ["Jane Roe"]),
        ("By Jane Roe AP", ["Jane Roe"]),
        ("By The Associated Press", ["The Associated Press"]),
        ("By Jane Doe with AP", ["Jane Doe"]),
    ],
)
def test_wire_after_the_reporters_name_is_not_part_of_it(line, names):
    assert explicit_byline(line) == names


def test_subheading_printed_with_its_colon_is_a_heading_not_a_lead_in():
    text = "Small towns to share $1.2 billion\nBy Tom Bell\n" + BODY + "Local angle:\n" + BODY
    assert Heading(2, "Local angle:") in _parse(text).blocks
    text = "Small towns to share $1.2 billion\nBy Tom Bell\n" + BODY + "The mayor said:\n" + BODY
    assert Heading(2, "The mayor said:") not in _parse(text).blocks


def test_lead_in_over_a_list_stays_a_paragraph():
    text = "Federal funding announced for water systems\nBy Tom Bell\n" + BODY
    text += "Funding for this round:\n"
    text += "- Louisiana: $46 million\n- Texas: $28 million\n" + BODY
    assert Heading(2, "Funding for this round:") not in _parse(text).blocks


def test_services_link_between_footer_lines_joins_the_footer():
    footer = (
        "Phone: 218-555-0142\nSubmit an Obituary\nPlace a Classified Ad\nToday's e-Edition\n"
        "Terms of Use\n© 2025 Maple Falls Herald"
    )
    text = "Small towns to share $1.2 billion\nBy Tom Bell\n" + BODY + footer + "\n"
    assert footer in [entry.text for entry in _parse(text).discarded]


# Names that lose their accents in some of a site's templates


@pytest.mark.parametrize(
    ("byline", "bio_name"),
    [
        ("Áine Ní Bhriain", "Aine Ni Bhriain"),
        ("Áine Byrne", "Aine Byrne"),
        ("Élodie Martin", "Elodie Martin"),
        ("Seán Ó Briain", "Sean O Briain"),
    ],
)
def test_names_differing_only_by_accents_are_the_same_person(byline, bio_name):
    assert same_person(byline, bio_name)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Seán Ó Briain", "Sean Brennan"),
        ("Élodie Martin", "Eloise Marchand"),
        ("José Pérez", "Jose Ramos"),
    ],
)
def test_folding_accents_keeps_other_names_apart(a, b):
    assert not same_person(a, b)


def test_bio_spelt_without_accents_is_the_byline_authors():
    bio = "Aine Ni Bhriain is Political Correspondent of The Daily Ledger."
    text = "Council delays budget vote\nBy Áine Ní Bhriain\n" + BODY + bio + "\n"
    (author,) = _parse(text).authors
    assert (author.name, author.aliases, author.bio) == (
        "Áine Ní Bhriain",
        ("Aine Ni Bhriain",),
        bio,
    )


# Speakers: Irish and other particle surnames, members' letters and parties before a name

_HOUSING_QUOTE = "“The Minister is handing investors a five-year window to charge rents,”"


def _speakers(text: str) -> list[str]:
    names = NameIndex(text)
    return [q.speaker for line in text.splitlines() for _, q in inline_quotes(line, names)]


@pytest.mark.parametrize(
    ("full_name", "reference"),
    [
        ("Clodagh Ní Fhearghail", "Ms Ní Fhearghail"),
        ("Clodagh Nic Aoidh", "Ms Nic Aoidh"),
        ("Peadar Ó Murchú", "Mr Ó Murchú"),
        ("Conor Mac Giolla", "Mr Mac Giolla"),
        ("Clodagh Van Dyke", "Ms Van Dyke"),
    ],
)
def test_title_and_particle_surname_resolve_to_the_full_name(full_name, reference):
    text = f"{full_name} spoke in the Dáil.\n{_HOUSING_QUOTE} {reference} said."
    assert _speakers(text) == [full_name]


def test_particle_surname_of_nobody_named_in_full_stays_as_printed():
    text = f"Clodagh Fitzgerald spoke in the Dáil.\n{_HOUSING_QUOTE} Ms Ní Fhearghail said."
    assert _speakers(text) == ["Ní Fhearghail"]


@pytest.mark.parametrize(
    "attribution",
    [
        "said Cian Kavanagh TD.",
        "said Cian Kavanagh MP.",
        "said Cian Kavanagh MEP.",
        "said Cian Kavanagh QC.",
        "Cian Kavanagh TD said.",
        "said Labour housing spokesman Cian Kavanagh TD.",
    ],
)
def test_members_letters_after_the_speaker_are_no_part_of_the_name(attribution):
    assert _speakers(f"{_HOUSING_QUOTE} {attribution}") == ["Cian Kavanagh"]


@pytest.mark.parametrize(
    "intro",
    [
        "Sinn Féin TD Clodagh Fitzgerald",
        "Labour TD Clodagh Fitzgerald",
        "Sinn Féin's Clodagh Fitzgerald",
    ],
)
def test_party_and_td_before_the_speaker_are_no_part_of_the_name(intro):
    assert _speakers(f"{intro} said: {_HOUSING_QUOTE[:-2]}.”") == ["Clodagh Fitzgerald"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said Jane Doe.", "Jane Doe"),
        ("said John O'Neill.", "John O'Neill"),
        ("Ms De Rossa said.", "De Rossa"),
    ],
)
def test_speakers_without_letters_or_party_are_unchanged(attribution, speaker):
    assert _speakers(f"{_HOUSING_QUOTE} {attribution}") == [speaker]


def test_bylines_drop_a_tds_letters():
    assert explicit_byline("By Cian Kavanagh TD") == ["Cian Kavanagh"]


# A consent platform's banner, and a closed comment thread over the footer


def test_consent_platform_notice_is_a_cookie_notice():
    assert d.is_cookie_notice(
        "We and our partners use cookies and similar technologies to store and access"
        " information on your device for personalised advertising and content."
    )


def test_sentence_about_other_companies_cookies_is_no_cookie_notice():
    assert not d.is_cookie_notice(
        "The regulator found that the two firms and their partners use cookies to track children."
    )


def test_consent_banner_over_the_menu_is_its_own_entry():
    banner = (
        "We value your privacy\nWe and our partners use cookies and similar technologies to store"
        " and access information on your device for personalised advertising.\nAccept All\n"
        "Reject All\nManage Preferences"
    )
    menu = "Skip to main content\nNews\nPolitics\n"
    headline = "Council delays budget vote"
    text = f"{headline} – The Daily Ledger\n{banner}\n{menu}{headline}\nBy Ngoc Anh\n{BODY}"
    assert (banner, "cookie banner") in {(e.text, e.reason) for e in _parse(text).discarded}


_FOOTER = (
    "The Daily Ledger\nSubscribe\nOur Journalism\nContact Us\nPrivacy Policy\n"
    "© 2025 The Daily Ledger"
)


def test_closed_comment_thread_ends_at_its_notice():
    comments = "Comments\nComments are closed on this article."
    text = "Council delays budget vote\nBy Ngoc Anh\n" + BODY + comments + "\n" + _FOOTER
    discarded = {(e.text, e.reason) for e in _parse(text).discarded}
    assert (comments, "comments section") in discarded


def test_open_comment_thread_runs_to_its_submit_button():
    comments = "Comments\nMary Byrne\nA fair summary of the debate.\nPost a comment"
    text = "Council delays budget vote\nBy Ngoc Anh\n" + BODY + comments + "\n" + _FOOTER
    discarded = {(e.text, e.reason) for e in _parse(text).discarded}
    assert (comments, "comments section") in discarded


# An Indian state news portal


def test_browser_title_glued_to_its_site_name_yields_to_the_printed_headline():
    text = "Karnataka to offer land at half price- The Peninsular Express\nThe Peninsular Express\n"
    text += "Nation\nWorld\nKarnataka to offer land at half price\nBy Ana Lima\n" + BODY
    assert _parse(text).title == "Karnataka to offer land at half price"


def test_hyphenated_headline_is_not_cut_at_its_hyphen():
    text = "Covid-19 cases rise again in Kerala\nBy Ana Lima\n" + BODY
    assert _parse(text).title == "Covid-19 cases rise again in Kerala"


@pytest.mark.parametrize(
    "line",
    ["Express News Service", "Our Correspondent", "Staff Reporter", "Politics Desk", "Newsroom"],
)
def test_newsroom_bylines_are_no_section(line):
    assert d.is_staff_desk(line)


@pytest.mark.parametrize("line", ["Newsroom Diaries", "Inside the newsroom of tomorrow"])
def test_a_section_about_newsrooms_is_no_staff_byline(line):
    assert not d.is_staff_desk(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Issued by: Armed Forces Press Office", True),
        ("Released by the Ministry of Health Communications Department", True),
        ("Issued by: Jane Doe", False),
        ("Issued by the court on Monday", False),
    ],
)
def test_a_release_credited_to_an_office_names_no_author(line, expected):
    assert d.is_office_byline(line) is expected


def test_newsroom_credit_over_the_date_leaves_the_label_under_it_the_section():
    text = "NEWS\nPOLITICS\nECONOMY\nSOCIETY\nOPINION\nPort expansion gets green light\n"
    text += "Newsroom\n14.10.2025 • 09:12\nECONOMY\nSHARE\nFacebook\n" + BODY
    assert _parse(text).section == "ECONOMY"


def test_newsroom_byline_under_the_headline_leaves_the_breadcrumb_the_section():
    text = "Home » States » Karnataka\nKarnataka to offer land at half price to battery makers\n"
    text += "Express News Service\n" + BODY
    assert _parse(text).section == "Karnataka"


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (d.is_channel_promo, "Now we are on WhatsApp. Click to join."),
        (d.is_share_row, "Whatsapp Facebook X Google News"),
        (d.is_image_credit, "The minister releases the policy on Monday. (Photo | Express)"),
        (
            d.is_comment_policy,
            "Disclaimer: We respect your thoughts and views! But we need to be judicious while"
            " moderating your comments. All the comments will be moderated by the editorial.",
        ),
        (
            d.is_comment_policy,
            "The views expressed in comments published on example.com are those of the comment"
            " writers alone.",
        ),
    ],
)
def test_indian_portal_furniture(detector, line):
    assert detector(line)


def test_a_report_on_moderating_comments_is_text():
    assert not d.is_comment_policy(
        "The platform said it would hire 2,000 people to review posts, but critics said the plan"
        " came too late."
    )


def test_minister_for_a_plural_portfolio_is_no_part_of_the_name():
    paragraph = (
        "“This policy is designed to take factories to the districts that need jobs the most,” "
        "Minister for Large and Medium Industries Ravindra Hosamani told reporters."
    )
    assert _inline(paragraph)[0][1] == "Ravindra Hosamani"


# Bylines naming several wires after the writer, and a handle on the byline's line


@pytest.mark.parametrize(
    "line",
    [
        "Jonas Reinhardt with Reuters, AFP",
        "Jonas Reinhardt with Reuters and AFP",
        "Jonas Reinhardt with dpa, AP",
        "By Jonas Reinhardt with AFP, Reuters, dpa",
        "By Jonas Reinhardt with Reuters",
    ],
)
def test_wires_after_the_writer_are_no_authors(line):
    assert (explicit_byline(line) or bare_byline(line)) == ["Jonas Reinhardt"]


@pytest.mark.parametrize(
    "line",
    [
        "Jonas Reinhardt with Reuters, AFP and Kyiv staff",
        "Talks with Reuters and AFP",
        "with Reuters, AFP",
    ],
)
def test_with_wires_guards(line):
    assert not bare_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lydia Farrell @lydiafarrell",
        "By Lydia Farrell @lydiafarrell",
        "Lydia Farrell (@lydiafarrell)",
        "Lydia Farrell | @lydiafarrell",
        "By Lydia Farrell - @lydiafarrell",
    ],
)
def test_handle_on_the_byline_line_is_the_authors(line):
    text = f"Council delays budget vote\n{line}\n{BODY}"
    [author] = _parse(text).authors
    assert (author.name, author.handles) == ("Lydia Farrell", ("@lydiafarrell",))


def test_handle_after_two_words_is_no_byline_of_a_sentence():
    assert not bare_byline("Thanks everyone @lydiafarrell")
    assert not bare_byline("Lydia Farrell @lydiafarrell @otherhandle")


# Quote speakers: a place after "the city of", and a place's possessive or adjective before a title

_SEIDEL_QUOTE = '"If the ward is 60 kilometers away, women will give birth in the car," '


def _speakers(paragraph: str) -> list[str]:
    return [q.speaker for _, q in inline_quotes(paragraph, NameIndex(paragraph))]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ministers, meeting in the eastern city of Erfurt, said in a joint statement that the"
        ' draft law "ignores the reality of life outside the big cities".',
        "The mayors, gathered in the town of Sligo, said the plan "
        '"would close every rural ward we have left".',
    ],
)
def test_place_after_city_of_is_no_speaker(paragraph):
    assert _speakers(paragraph) == []


@pytest.mark.parametrize(
    "attribution",
    [
        "said Thuringia's health minister, Anja Seidel, who chaired the meeting.",
        "said Thuringia's health minister Anja Seidel.",
        "said Germany's health minister, Anja Seidel.",
        "said Thuringian health minister Anja Seidel.",
        "said Thuringia's Health Minister Anja Seidel.",
        "said the state's health minister, Anja Seidel.",
    ],
)
def test_place_before_a_title_leaves_the_person_as_speaker(attribution):
    assert _speakers(_SEIDEL_QUOTE + attribution) == ["Anja Seidel"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'Anja Seidel, who met ministers in Erfurt, said "the law ignores life in the country".',
            "Anja Seidel",
        ),
        (_SEIDEL_QUOTE + "said Anja Seidel, minister for health.", "Anja Seidel"),
        (_SEIDEL_QUOTE + "Seidel told Reuters.", "Seidel"),
    ],
)
def test_speaker_guards_after_place_and_title_fixes(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


# A web video player's notice, with the video's title and running time over it

_PLAYER_NOTICE = (
    "To view this video please enable JavaScript, and consider upgrading to a web browser that"
    " supports HTML5 video"
)


@pytest.mark.parametrize(
    "line",
    [
        _PLAYER_NOTICE,
        "Your browser does not support the video tag.",
        "Your browser doesn't support HTML5 video",
    ],
)
def test_video_player_notice(line):
    assert d.is_video_player_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "To view this video is to understand why the town is angry.",
        "Please enable JavaScript to use the calculator.",
        "Viewers said the video showed the police did not support the crowd.",
    ],
)
def test_video_player_notice_guards(line):
    assert not d.is_video_player_notice(line)


def test_video_title_and_running_time_over_the_player_notice_are_the_embed():
    card = f"02:37\nWhy small hospitals struggle\n{_PLAYER_NOTICE}"
    text = f"Council delays budget vote\nBy Ngoc Anh\n{BODY}{card}\n{BODY}"
    parsed = _parse(text)
    assert (card, "embedded media") in {(e.text, e.reason) for e in parsed.discarded}
    assert all("hospitals" not in getattr(b, "text", "") for b in parsed.blocks)


def test_sentence_over_the_player_notice_stays_in_the_body():
    sentence = "The council said it would publish the recording of the meeting on Friday."
    text = f"Council delays budget vote\nBy Ngoc Anh\n{BODY}{sentence}\n{_PLAYER_NOTICE}\n{BODY}"
    assert Paragraph(sentence) in _parse(text).blocks


@pytest.mark.parametrize("line", ["Settings", "Privacy settings", "Preferences"])
def test_cookie_banner_settings_button(line):
    assert d.COOKIE_BUTTON_RE.match(line)


def test_cookie_banner_ends_with_its_settings_button_not_the_menu():
    banner = (
        "Privacy settings\nWe use cookies and similar technologies to improve our offering and"
        " to show you personalized content.\nAccept all\nSettings"
    )
    menu = "Skip to content\nSearch\nLog in\nWorld\nBusiness\n"
    headline = "Council delays budget vote"
    text = f"{headline} – The Daily Ledger\n{banner}\n{menu}{headline}\nBy Ngoc Anh\n{BODY}"
    assert (banner, "cookie banner") in {(e.text, e.reason) for e in _parse(text).discarded}


def test_settings_link_in_a_menu_is_no_cookie_button():
    assert not d.COOKIE_BUTTON_RE.match("Settings and privacy for your account")


@pytest.mark.parametrize(
    "line", ["Membership: Support independent journalism", "Support independent journalism"]
)
def test_support_box_opener_after_its_label(line):
    assert d.is_support_appeal(line)


@pytest.mark.parametrize(
    "line",
    [
        "Membership: Swedish unions lost members again this year",
        "Update: the council will vote again",
        "Note: support for the plan has fallen since the spring, polls show.",
    ],
)
def test_labelled_line_is_no_support_box_opener(line):
    assert not d.is_support_appeal(line)


def test_comment_thread_ends_at_its_see_all_link():
    comments = "Comments (2)\nRajesh K.\nA fair summary of the debate.\nReply\nSee all 2 comments"
    text = "Council delays budget vote\nBy Ngoc Anh\n" + BODY + comments + "\nThe Daily Ledger\n"
    text += _FOOTER.split("\n", 1)[1]
    discarded = {(e.text, e.reason) for e in _parse(text).discarded}
    assert (comments, "comments section") in discarded


# A New Zealand daily


def test_section_over_a_badge_under_the_menu_that_repeats_it():
    text = "NZ Clarion\nSkip to main content\nLatest news\nNew Zealand\nPolitics\nBusiness\n"
    text += "World\nPolitics\nPremium\nRegional councils to get $1.2b for roads and water\n"
    text += "By Aroha Ngata\n" + BODY
    assert _parse(text).section == "Politics"


def test_meta_row_with_the_writers_job_and_the_site_gives_the_date():
    text = "Regional councils to get $1.2b for roads - NZ Clarion\n"
    text += "Regional councils to get $1.2b for roads\nBy Aroha Ngata\n"
    text += "Political Reporter · NZ Clarion · 14 Oct, 2025 05:00 AM\n" + BODY
    assert _parse(text).published == "2025-10-14"
    assert d.meta_row_parts("Political Reporter · NZ Clarion · 14 Oct, 2025", "NZ Clarion")
    assert not d.meta_row_parts("Councils get more money · Politics · 14 Oct, 2025", "NZ Clarion")


@pytest.mark.parametrize(
    ("detector", "line"),
    [
        (is_reading_time, "3 mins to read"),
        (d.is_ad_marker, "Advertise with NZ Clarion"),
        (lb.RELATED_LABEL_RE.match, "Latest from Politics"),
    ],
)
def test_new_zealand_daily_furniture(detector, line):
    assert detector(line)


def test_advertise_with_us_stays_a_footer_link():
    assert not d.is_ad_marker("Advertise with us")
    assert d.is_footer_link("Advertise with us")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Secretary for Transport and Logistics Vincent Kwok Ka-wai told reporters.",
            "Vincent Kwok Ka-wai",
        ),
        ("Lawmaker Cheung Hoi-yan told reporters.", "Cheung Hoi-yan"),
        ("Legislator Cheung Hoi-yan told reporters.", "Cheung Hoi-yan"),
    ],
)
def test_logistics_portfolio_and_lawmaker_title_are_no_part_of_the_name(sentence, speaker):
    paragraph = (
        "“Patience has limits when a wheelchair user cannot get past the bikes,” " + sentence
    )
    assert _inline(paragraph)[0][1] == speaker


def test_name_after_a_plain_and_keeps_its_first_word():
    paragraph = "“Patience has limits when a wheelchair user cannot get past the bikes,” "
    paragraph += "residents and Vincent Kwok Ka-wai told reporters."
    assert _inline(paragraph)[0][1] == "Vincent Kwok Ka-wai"


@pytest.mark.parametrize("line", ["+ FOLLOW", "+ Follow", "+Follow"])
def test_plus_follow_is_a_follow_button(line):
    assert d.is_follow_button(line)


@pytest.mark.parametrize("line", ["Follow", "Follow us on X", "+ Follow the money", "Followers"])
def test_other_follow_lines_are_no_follow_button(line):
    assert not d.is_follow_button(line)


HK_MENU = "Skip to main content\nThe Ledger\nHong Kong\nChina\nAsia\nWorld\nBusiness\nSign in\n"
HK_HEAD = "Shared e-bike operators to need a licence from mid-2026\nBy Jeffie Lam\n" + BODY


def test_follow_button_under_a_breadcrumb_is_no_section():
    page = _parse(HK_MENU + "Hong Kong\nTransport\n+ FOLLOW\n" + HK_HEAD)
    assert page.section == "Transport"
    discarded = {item.text: item.reason for item in page.discarded}
    assert discarded["Hong Kong"] == "breadcrumb"
    assert discarded["+ FOLLOW"] == "follow button"


def test_label_over_the_section_not_in_the_menu_is_no_breadcrumb():
    page = _parse(HK_MENU + "Newsletters\nTransport\n" + HK_HEAD)
    assert "breadcrumb" not in {item.reason for item in page.discarded}


@pytest.mark.parametrize("line", ["Conversations", "Conversation", "12 Conversations"])
def test_conversations_heads_the_comments(line):
    assert lb.COMMENTS_HEADER_RE.match(line)


def test_conversation_in_a_sentence_heads_no_comments():
    assert not lb.COMMENTS_HEADER_RE.match("Conversations with my father")


HK_TAIL = "Topics\nCycling\nTransport\nConversations\nJoin the conversation. Sign in to comment.\n"
HK_FOOTER = "South China Ledger\nAbout us\nContact us\nPrivacy Policy\n"


def test_comments_heading_ends_the_tags_and_the_thread_ends_at_the_footers_site_name():
    text = "Licence for e-bike operators | South China Ledger\nLicence for e-bike operators\n"
    page = _parse(text + "By Jeffie Lam\n" + BODY + HK_TAIL + HK_FOOTER)
    assert list(page.tags) == ["Cycling", "Transport"]
    discarded = {item.text: item.reason for item in page.discarded}
    assert discarded["Conversations\nJoin the conversation. Sign in to comment."] == (
        "comments section"
    )
    assert discarded[HK_FOOTER.strip()] == "footer"


@pytest.mark.parametrize(
    "line", ["Why you can trust the Ledger", "Why you can trust us", "Why trust The Post"]
)
def test_link_to_the_standards_page_is_a_publisher_notice(line):
    assert d.is_publisher_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "Why voters trust the mayor less than they did a year ago",
        "Why trust matters in the relationship between police and residents",
        "Why you can't trust the polls",
    ],
)
def test_heading_asking_about_trust_is_no_publisher_notice(line):
    assert not d.is_publisher_notice(line)


def test_trust_heading_about_a_common_noun_is_no_publisher_notice():
    assert not d.is_publisher_notice("Why you can trust the polls")


def test_comment_between_section_names_over_the_headline_is_a_menu_entry():
    page = _parse("The Ledger\nHong Kong\nWorld\nComment\nBusiness\nSign in\n" + HK_HEAD)
    reasons = {item.text: item.reason for item in page.discarded}
    assert "Comment" not in reasons
    assert any("World\nComment\nBusiness" in text for text in reasons)


def test_share_button_under_the_headline_stays_a_share_button():
    text = "Shared e-bike operators to need a licence\nBy Jeffie Lam\nWorld\nShare\nBusiness\n"
    page = _parse(text + BODY)
    assert ("Share", "share buttons") in {(item.text, item.reason) for item in page.discarded}


# A parliament's debate record


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Column 214", True),
        ("Col. 58WH", True),
        ("Column 8 of the report", False),
        ("Columnist of the year", False),
    ],
)
def test_print_column_numbers(line, expected):
    assert d.is_print_column(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "This is the final text of the Official Report. Column numbers refer to the printed "
            "bound volume.",
            True,
        ),
        ("This is an uncorrected transcript of the hearing.", True),
        ("This is the final text of the treaty, the minister said.", False),
    ],
)
def test_notice_on_the_status_of_a_records_text(line, expected):
    assert d.is_publisher_notice(line) is expected


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("The Minister for Europe (Sarah Whitcombe)", "Sarah Whitcombe"),
        ("Mr Daniel Frost (Harrowfield)", "Daniel Frost"),
        ("Dr Amelia Okonjo (Stanbridge East)", "Amelia Okonjo"),
        ("Madam Deputy Speaker (Dame Judith Carr)", "Judith Carr"),
        ("The European Union (EU)", None),
        ("Funding for Schools (Part Two)", None),
        ("The Deputy Leader (Analysis)", None),
    ],
)
def test_speaker_lines_of_a_debate_record(line, speaker):
    assert speaker_turn(line) == speaker


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Sarah Whitcombe", True), ("Mr Frost", True), ("Mr Smith", False), ("Frost", False)],
)
def test_later_turns_name_the_speaker_alone(line, expected):
    assert names_speaker(line, frozenset({"Sarah Whitcombe", "Daniel Frost"})) is expected


DEBATE = (
    "Black Sea Shipping: War Risk Insurance\n"
    "Tuesday 14 October 2025\n"
    "View all Black Sea Shipping: War Risk Insurance debates\n"
    "Share this debate\n"
    "The Minister for Europe (Sarah Whitcombe)\n"
    "I beg to move,\n"
    "That this House has considered war risk insurance for merchant shipping.\n"
    "Since the corridor reopened, more than 4,200 ships have sailed through it.\n"
    "Mr Daniel Frost (Harrowfield)\n"
    "Will the Minister give way?\n"
    "Sarah Whitcombe\n"
    "I will give way to the hon. Gentleman.\n"
    "Mr Frost\n"
    "I am grateful to the Minister, and I welcome the statement she has made.\n"
    "Question put and agreed to.\n"
    "Resolved,\n"
    "That this House has considered war risk insurance for merchant shipping.\n"
)


def test_debate_record_keeps_its_speaker_lines_and_formulas_as_paragraphs():
    page = _parse(DEBATE)
    texts = [block.text for block in page.blocks]
    assert texts[:3] == [
        "The Minister for Europe (Sarah Whitcombe)",
        "I beg to move,",
        "That this House has considered war risk insurance for merchant shipping.",
    ]
    for line in ("Will the Minister give way?", "Sarah Whitcombe", "Mr Frost", "Resolved,"):
        assert Paragraph(line) in page.blocks


def test_link_naming_the_headline_joins_the_share_buttons_under_it():
    page = _parse(DEBATE)
    assert (
        "View all Black Sea Shipping: War Risk Insurance debates\nShare this debate",
        "share buttons",
    ) in {(item.text, item.reason) for item in page.discarded}


# A messaging channel's post, seen through the app's web preview


@pytest.mark.parametrize(
    ("line", "stripped"),
    [
        ("🚨 Mudslide cuts the road", "Mudslide cuts the road"),
        ("⚠️ Drivers are asked not to travel.", "Drivers are asked not to travel."),
        ("➡️ Subscribe: @channel", "Subscribe: @channel"),
        ("Mudslide cuts the road", "Mudslide cuts the road"),
        ("“We have water,” he said.", "“We have water,” he said."),
        ("• A bulleted item", "• A bulleted item"),
    ],
)
def test_a_posts_pictograms_are_dropped_like_bullets(line, stripped):
    assert without_pictograms(line) == stripped


@pytest.mark.parametrize(
    ("line", "expected"),
    [("👍 1.3K", True), ("👁 52.1K", True), ("🙏 310", True), ("👍 Great work", False)],
)
def test_reaction_and_view_counts_after_their_pictogram(line, expected):
    assert d.is_engagement_count(line) is expected


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "📌 Earlier: Upper Lars checkpoint closed as snow hits the gorge — t.me/channel/48190",
            "Upper Lars checkpoint closed as snow hits the gorge",
        ),
        (
            "📌 Why the mountain road keeps collapsing, explained — t.me/channel/47322",
            "Why the mountain road keeps collapsing, explained",
        ),
        ("📌 Read the report — it is long but worth it", None),
        ("Earlier: Upper Lars checkpoint closed as snow hits — t.me/channel/48190", None),
        ("📌 Road closed — t.me/channel/1", None),
    ],
)
def test_pinned_link_to_an_earlier_post_is_a_teaser(line, title):
    assert d.pinned_teaser(line) == title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Download Telegram for Android, iPhone, Mac or PC", True),
        ("Get Signal for iOS and Android", True),
        ("Download the full report for free", False),
    ],
)
def test_app_download_lines(line, expected):
    assert d.is_app_download_line(line) is expected


CHANNEL_POST = (
    "Caucasus Now – Telegram\n"
    "Telegram\n"
    "Download app\n"
    "Caucasus Now\n"
    "148.2K subscribers\n"
    "Independent news from the Caucasus, in English. Tips: @cn_tips_bot\n"
    "View in Telegram\n"
    "If you have Telegram, you can view this post and join Caucasus Now right away.\n"
    "October 14, 2025\n"
    "Caucasus Now\n"
    "Forwarded from Caucasus Now Live\n"
    "Video\n"
    "0:48\n"
    "🚨 Mudslide cuts the mountain road, hundreds of trucks stranded\n"
    "A mudslide came down on the road on Tuesday, burying a stretch of the highway.\n"
    "📍 About 340 trucks are stuck on the Georgian side of the border, officials said.\n"
    "#Georgia #Stepantsminda #UpperLars\n"
    "👍 1.3K\n"
    "👁 52.1K\n"
    "Nino Kapanadze\n"
    "edited 14:05\n"
    "218 comments\n"
    "Leave a comment\n"
    "Share\n"
    "Copy link\n"
    "Similar channels\n"
    "Armenia Today\n"
    "92.4K subscribers\n"
    "Don't have Telegram yet? Try it now!\n"
    "Download Telegram for Android, iPhone, Mac or PC\n"
    "About\n"
    "FAQ\n"
)


def test_channel_post_reads_the_post_not_the_channels_header():
    page = _parse(CHANNEL_POST)
    assert page.title == "Mudslide cuts the mountain road, hundreds of trucks stranded"
    assert page.published == "2025-10-14"
    assert [author.name for author in page.authors] == ["Nino Kapanadze"]
    assert page.tags == ("Georgia", "Stepantsminda", "UpperLars")
    assert (
        Paragraph("About 340 trucks are stuck on the Georgian side of the border, officials said.")
        in page.blocks
    )
    groups = {item.text for item in page.discarded}
    assert "Caucasus Now\n148.2K subscribers" in "\n".join(groups)
    assert "Caucasus Now\nForwarded from Caucasus Now Live" in groups
    assert "Video\n0:48" in groups
    assert "218 comments\nLeave a comment" in groups
    assert "Similar channels\nArmenia Today\n92.4K subscribers" in groups


def test_a_page_without_the_apps_prompt_is_no_channel_preview():
    page = _parse(CHANNEL_POST.replace("If you have Telegram, you can view", "You can view"))
    assert page.title != "Mudslide cuts the mountain road, hundreds of trucks stranded"


# A post in a publication on a blogging platform: the publication's bar, label and box, and the
# platform's cards and footer.
@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (d.is_post_chrome, "Top highlight", True),
        (d.is_post_chrome, "Top highlights of the summit", False),
        (
            d.is_image_credit,
            "A freight train waits at the Dostyk border crossing. Image: Wikimedia Commons "
            "(CC BY-SA 4.0)",
            True,
        ),
        (d.is_image_credit, "The licence (CC BY-SA 4.0) lets anyone reuse the map.", False),
        (
            d.is_footer_row,
            "Help Status About Careers Press Blog Privacy Rules Terms Text to speech",
            True,
        ),
        (d.is_footer_row, "Help Status About Careers Press Blog Privacy Rules Terms.", False),
        (d.is_footer_row, "Press freedom groups about the blog post", False),
    ],
)
def test_blogging_platform_furniture(detector, line, expected):
    assert bool(detector(line)) is expected


def test_a_platform_card_names_its_publication_and_writer_but_not_as_a_section():
    lines = [
        "In", "Eastern Frontiers", "by", "Rasa Jankauskaitė",
        "The Baltic States Are Done Waiting for Germany", "Oct 2, 2025",
    ]  # fmt: skip
    [(rel, offsets)] = teaser_items(lines)
    assert rel == Related("The Baltic States Are Done Waiting for Germany", "2025-10-02", None)
    assert offsets == [0, 1, 2, 3, 4, 5]


PLATFORM_POST = (
    "Open in app\nSign in\nWrite\nEastern Frontiers\n·\nFollow publication\n"
    "The Middle Corridor Is Not a Corridor Yet\nMarek Halvorsen\nFollow\nPublished in\n"
    "Eastern Frontiers\n12 min read\n" + BODY + BODY + "--\n1.2K\nGeopolitics\nTrade\n"
    "Published in Eastern Frontiers\n28K Followers\n·\nLast published 2 days ago\n"
    "Long-form writing on the politics of Eastern Europe and Central Asia.\nFollow\n"
    "Written by Marek Halvorsen\n4.3K Followers\n"
    "Former EU trade official. I write about borders, ports and the politics of trade.\nFollow\n"
    "Recommended from Medium\nViktor Ramos\nThe Quiet Return of Spheres of Influence\n"
    "Sep 30, 2025\nStaff picks\n812 stories\n·\n1621 saves\nSee more recommendations\n"
)


def test_a_publication_on_a_blogging_platform_is_neither_section_nor_author():
    article = _parse(PLATFORM_POST)
    discarded = [e.text for e in article.discarded]
    assert "Eastern Frontiers\n·\nFollow publication" in discarded
    assert "Published in\nEastern Frontiers" in discarded
    assert (
        "Published in Eastern Frontiers\n28K Followers\n·\nLast published 2 days ago\n"
        "Long-form writing on the politics of Eastern Europe and Central Asia.\nFollow"
    ) in discarded
    assert article.section is None
    assert [a.name for a in article.authors] == ["Marek Halvorsen"]
    assert article.tags == ("Geopolitics", "Trade")


def test_reading_list_cards_close_the_platform_s_recommendations():
    discarded = [e.text for e in _parse(PLATFORM_POST).discarded]
    assert any(
        text.startswith("Recommended from Medium")
        and "Staff picks\n812 stories\n·\n1621 saves" in text
        for text in discarded
    )


def test_a_publication_name_without_its_follow_button_stays_in_the_menu():
    article = _parse(PLATFORM_POST.replace("Follow publication\n", ""))
    assert "Eastern Frontiers\n·\nFollow publication" not in [e.text for e in article.discarded]


@pytest.mark.parametrize(
    ("para", "speakers"),
    [
        (
            "“Everyone wants to own the corridor and nobody wants to own the delays,” a senior "
            "Azerbaijani transport official told me in Baku.",
            [],
        ),
        (
            "“Everyone wants to own the corridor and nobody wants to own the delays,” Karimi "
            "told transport officials in Baku.",
            ["Karimi"],
        ),
    ],
)
def test_a_nationality_before_a_field_and_an_official_is_no_speaker(para, speakers):
    assert [s for _, s in _inline(para)] == speakers


# An article on a professional network, seen logged out: its furniture, and article lines of
# the same words that stay article.
@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (d.is_post_chrome, "Report this article", True),
        (d.is_post_chrome, "Report this article to the editors if it breaks the rules", False),
        (
            d.is_publisher_notice,
            "Views are my own and do not represent those of my employer.",
            True,
        ),
        (d.is_publisher_notice, "Views are split on whether the pipeline will be built.", False),
        (
            d.is_reader_prompt,
            "I'd welcome views from colleagues in Baku, Ashgabat and Brussels in the comments. "
            "Is this time different?",
            True,
        ),
        (d.is_reader_prompt, "I'd welcome a pipeline that avoids Russia.", False),
        (d.is_engagement_count, "148 · 23 Comments", True),
        (d.is_engagement_count, "148 · 23 Comments on the pipeline deal", False),
        (d.is_share_row, "Repost", True),
        (lb.SITEWIDE_LABEL_RE.match, "Others also viewed", True),
        (lb.RECOMMENDATION_LABEL_RE.match, "Others also viewed", True),
    ],
)
def test_professional_network_furniture(detector, line, expected):
    assert bool(detector(line)) is expected


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Anton Lehtinen, PhD", ["Anton Lehtinen"]),
        ("Anton Lehtinen, Phd candidates and others", None),
    ],
)
def test_a_degree_after_a_display_name_is_not_part_of_the_byline(line, names):
    assert bare_byline(line) == names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Čeština (Czech)", True),
        ("العربية (Arabic)", True),
        ("Українська (Ukrainian)", True),
        ("Talks resumed in Prague (Czech)", False),
        ("Maria Novak (Czech Republic)", False),
    ],
)
def test_a_language_picker_entry_is_footer(line, expected):
    assert d.is_language_choice(line) is expected


NETWORK_TAIL = (
    "Like\nComment\nRepost\nSend\nErik Sandvik\nHead of Gas Markets at Nordlys Energi\n1d\n"
    "Good summary, Anton. The missing piece is offtake in the current policy climate.\n"
    "Like\nReply\n12 Reactions\nSee more comments\nTo view or add a comment, sign in\n"
)


def test_comments_with_no_heading_run_from_the_action_bar_to_the_link_to_the_rest():
    text = (
        "Why the pipeline deal runs through Ashgabat\nBy Anton Lehtinen\n"
        + BODY
        + BODY
        + NETWORK_TAIL
    )
    discarded = [e.text for e in _parse(text).discarded]
    assert NETWORK_TAIL.split("Send\n", 1)[1].rstrip("\n") in discarded


def test_a_link_to_more_comments_without_a_reply_button_above_claims_only_itself():
    tail = "Like\nComment\nSend\nAnother paragraph about the pipeline.\nSee more comments\n"
    text = "Why the pipeline deal runs through Ashgabat\nBy Anton Lehtinen\n" + BODY + BODY + tail
    discarded = [e.text for e in _parse(text).discarded]
    assert "See more comments" in discarded
    assert "Another paragraph about the pipeline." not in "\n".join(discarded)


WALL = (
    "Sign in to view more content\nCreate your free account or sign in to continue your search\n"
    "Sign in\nWelcome back\nEmail or phone\nPassword\nShow\nForgot password?\n"
)


def test_a_sign_in_box_at_the_end_of_the_page_is_one_wall():
    text = "Why the pipeline deal runs through Ashgabat\nBy Anton Lehtinen\n" + BODY + BODY + WALL
    assert WALL.rstrip("\n") in [e.text for e in _parse(text).discarded]


def test_a_sign_in_prompt_before_more_text_is_no_closing_wall():
    text = (
        "Why the pipeline deal runs through Ashgabat\nBy Anton Lehtinen\n" + BODY + WALL + BODY * 12
    )
    assert WALL.rstrip("\n") not in [e.text for e in _parse(text).discarded]


def test_topics_closed_by_a_see_all_link_are_the_site_s_directory_not_tags():
    tail = "Explore topics\nSales\nMarketing\nIT Services\nSee All\n"
    article = _parse(
        "Why the pipeline deal runs through Ashgabat\nBy Anton Lehtinen\n" + BODY + BODY + tail
    )
    assert article.tags == ()
    assert tail.rstrip("\n") in [e.text for e in article.discarded]
    tags = _parse(
        "Why the pipeline deal runs through Ashgabat\nBy Anton Lehtinen\n"
        + BODY
        + BODY
        + "Explore topics\nSales\n"
    )
    assert tags.tags == ("Sales",)


def test_the_site_s_name_over_the_copyright_line_opens_the_footer():
    text = (
        "Why the pipeline deal runs through Ashgabat | LinkedIn\n"
        "Why the pipeline deal runs through Ashgabat\nBy Anton Lehtinen\n" + BODY + BODY
    )
    text += "LinkedIn\n© 2025\nAbout\nAccessibility\nČeština (Czech)\nDansk (Danish)\nLanguage\n"
    footer = "LinkedIn\n© 2025\nAbout\nAccessibility\nČeština (Czech)\nDansk (Danish)\nLanguage"
    assert footer in [e.text for e in _parse(text).discarded]


# A Romanian daily and an Indonesian portal


@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (d.is_cookie_notice, "Acest site folosește cookie-uri", True),
        (
            d.is_cookie_notice,
            "Folosim cookie-uri și tehnologii similare pentru a personaliza conținutul și "
            "reclamele. Vă puteți retrage consimțământul oricând.",
            True,
        ),
        # The cedilla spelling older Romanian sites still use.
        (d.is_cookie_notice, "Acest site foloseşte cookie-uri", True),
        (d.is_cookie_notice, "Biscuiții (cookie-uri) se coc la 180 de grade.", False),
        (d.COOKIE_BUTTON_RE.match, "Accept toate", True),
        (d.COOKIE_BUTTON_RE.match, "Refuz", True),
        (d.COOKIE_BUTTON_RE.match, "Setări cookie-uri", True),
        (d.is_chrome_word, "Căutare", True),
        (d.is_chrome_word, "Abonează-te", True),
        (d.is_chrome_word, "Mă abonez", True),
        (d.is_chrome_word, "Masuk", True),
        (d.is_chrome_word, "Cari", True),
        (d.is_share_row, "Distribuie pe Facebook", True),
        (d.is_share_row, "Copiază linkul", True),
        (d.is_share_row, "38 comentarii", True),
        (d.is_share_row, "Bagikan:", True),
        (d.is_share_row, "Salin tautan", True),
        (d.is_share_row, "Distribuie ajutoare în satele izolate", False),
        (d.is_ad_marker, "Publicitate", True),
        (d.is_ad_marker, "Iklan", True),
        (d.is_footer_link, "Despre noi", True),
        (d.is_footer_link, "Termeni și condiții", True),
        (d.is_footer_link, "Politica de confidențialitate", True),
        (d.is_footer_link, "ANPC", True),
        (d.is_footer_link, "Tentang Kami", True),
        (d.is_footer_link, "Pedoman Media Siber", True),
        (d.is_footer_link, "Kebijakan Data Pribadi", True),
        (d.is_market_quote, "Curs BNR: EUR 4,9771 | USD 4,5783", True),
        (d.is_market_quote, "Curs BNR: leul se depreciază", False),
        (is_reading_time, "Timp de citire: 4 minute", True),
        (d.is_player_control, "Dengarkan berita ini", True),
        (d.is_caption_control, "Lihat Foto", True),
        (d.is_follow_prompt, "Ikuti kami", True),
        (d.is_follow_prompt, "Urmărește-ne pe", True),
        (d.is_aggregator_follow, "Urmărește Ziarul Prezent și pe Google News", True),
        (
            d.is_image_credit,
            "Para pejabat senior ASEAN berfoto bersama di Jakarta, Selasa (11/3/2025). "
            "(WARTANUSA.com/Andika Putra)",
            True,
        ),
        (
            d.is_image_credit,
            "Data itu dapat diunduh dari laman resmi (Contoh.com/data) sejak Senin.",
            False,
        ),
    ],
)
def test_romanian_and_indonesian_furniture(detector, line, expected):
    assert bool(detector(line)) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
            "andalanmu akses berita Wartanusa.com WhatsApp Channel : "
            "https://www.whatsapp.com/channel/0029VaWartanusa",
            True,
        ),
        (
            "Dapatkan update berita pilihan dan breaking news setiap hari dari Wartanusa.com. "
            'Mari bergabung di Grup Telegram "Wartanusa.com News Update", caranya klik link '
            "https://t.me/wartanusacomupdate, kemudian join.",
            True,
        ),
        # A story that cites a channel's address asks nobody to join it.
        (
            "Kelompok itu mengunggah video serangan di kanal https://t.me/contohkanal pada "
            "Senin malam, sebelum kanal tersebut ditutup oleh pengelola aplikasi.",
            False,
        ),
    ],
)
def test_an_invitation_to_a_channel_with_its_address_is_a_channel_promotion(line, expected):
    assert d.is_channel_promo(line) is expected


@pytest.mark.parametrize(
    ("pattern", "line", "expected"),
    [
        (lb.READ_ALSO_RE, "Citește și: Cum a blocat Budapesta negocierile Moldovei", True),
        (lb.READ_ALSO_RE, "Baca juga: Filipina Protes Manuver Kapal Penjaga Pantai China", True),
        (lb.TAGS_LINE_RE, "Etichete: Republica Moldova, aderare, Ungaria", True),
        (lb.RELATED_LABEL_RE, "Articole similare", True),
        (lb.RELATED_LABEL_RE, "Berita Terkait", True),
        (lb.SITEWIDE_LABEL_RE, "Cele mai citite", True),
        (lb.SITEWIDE_LABEL_RE, "Terpopuler", True),
        (lb.SITEWIDE_LABEL_RE, "Baca berikutnya", True),
        (lb.RECOMMENDATION_LABEL_RE, "Baca berikutnya", True),
        (lb.RECOMMENDATION_LABEL_RE, "Berita Terkait", False),
        (lb.COMMENTS_HEADER_RE, "Comentarii (38)", True),
        (lb.COMMENTS_HEADER_RE, "Komentar", True),
    ],
)
def test_romanian_and_indonesian_labels(pattern, line, expected):
    assert bool(pattern.match(line)) is expected


COMMENTS_OVER_NEWSLETTER = (
    "Comments (2)\nJane_R\nThe council should have acted sooner.\nReply\n"
    "Sign up for our newsletter\nThe day's top stories in your inbox.\nEmail address\n"
)


def test_a_comment_thread_ends_where_a_newsletter_box_names_itself():
    text = "Council delays the budget vote again\nBy Jane Doe\n" + BODY + BODY
    discarded = [e.text for e in _parse(text + COMMENTS_OVER_NEWSLETTER).discarded]
    assert "Comments (2)\nJane_R\nThe council should have acted sooner.\nReply" in discarded
    # The comment form's own email field stays in the thread.
    form = "Leave a Reply\nYour email address will not be published.\nName *\nPost Comment"
    assert form in [e.text for e in _parse(text + form + "\n").discarded]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("de Andreea Munteanu și Victor Grosu", ["Andreea Munteanu", "Victor Grosu"]),
        ("de Andreea Munteanu", ["Andreea Munteanu"]),
        # The capital "De" opens a sentence or a name, and a place is no author.
        ("De Andreea Munteanu", None),
        ("de la Chișinău și București", None),
        ("Penulis: Dimas Prasetyo | Editor: Ratna Wulandari", ["Dimas Prasetyo"]),
        ("Oleh Dimas Prasetyo", ["Dimas Prasetyo"]),
        ("Oleh karena itu, pemerintah menunda rapat.", None),
    ],
)
def test_romanian_and_indonesian_bylines(line, names):
    assert explicit_byline(line) == names


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Andreea Munteanu este corespondentă Ziarul Prezent la Bruxelles și acoperă "
            "instituțiile europene din 2017.",
            "Andreea Munteanu",
        ),
        ("Igor Cebotari este liderul Blocului Patriotic Unit din 2021.", None),
    ],
)
def test_a_romanian_bio_opens_with_the_name_and_este(line, name):
    assert bio_subject(line) == name


@pytest.mark.parametrize(
    ("para", "speaker"),
    [
        (
            "„Avem acum un calendar, nu doar promisiuni”, a declarat ministrul moldovean pentru "
            "integrare europeană, Sergiu Rotaru, într-o conferință de presă la Chișinău.",
            "Sergiu Rotaru",
        ),
        # The body the role belongs to, in the genitive, is no speaker.
        (
            "„Fără o justiție curată, niciun alt capitol nu va putea fi închis”, a spus "
            "purtătoarea de cuvânt a Comisiei Europene pentru extindere, Johanna Lindqvist.",
            "Johanna Lindqvist",
        ),
        (
            '"Kode etik yang tidak mengikat tidak akan mengubah apa pun," ujar Ramon Villanueva '
            "dalam sesi pleno, Selasa.",
            "Ramon Villanueva",
        ),
    ],
)
def test_romanian_and_indonesian_speech_verbs(para, speaker):
    assert [q.speaker for _, q in inline_quotes(para, NameIndex(para))] == [speaker]


def test_an_indonesian_according_to_is_no_part_of_the_name_after_it():
    text = (
        "Direktur Jenderal Kerja Sama ASEAN, Hendra Wicaksono, mengatakan hal itu.\n"
        "Menurut Hendra, Indonesia menawarkan diri menjadi tuan rumah."
    )
    para = '"Kami tidak ingin perundingan ini berjalan tanpa ujung," kata Hendra kepada wartawan.'
    names = NameIndex(text + "\n" + para)
    assert [q.speaker for _, q in inline_quotes(para, names)] == ["Hendra Wicaksono"]


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        ("Johanna Lindqvist, purtătoare de cuvânt a Comisiei Europene", "Johanna Lindqvist"),
        # A sentence that opens with the name, and a capitalised title (a byline's shape).
        ("Johanna Lindqvist, purtătoarea de cuvânt, a spus că decizia va veni.", None),
        ("Jane Doe, Senior Correspondent", None),
        # A politician's party in brackets after the name, the office in capitals.
        ("Kari Holmøy (Ap), Minister of Fisheries", "Kari Holmøy"),
        ("Jane Doe, Kyiv Bureau", None),
        # An office is no byline's job, with a rank or not; a writing job or a fellowship is.
        ("Amina Yusuf, Deputy Minister of Finance", "Amina Yusuf"),
        ("Rui Costa, President of the Republic", "Rui Costa"),
        ("Jane Doe, Deputy Editor", None),
        ("Jane Doe, Senior Fellow", None),
    ],
)
def test_a_pull_quotes_attribution_without_a_dash(attribution, expected):
    found = pull_quote("„Fără o justiție curată, niciun alt capitol nu va fi închis.”", attribution)
    assert (found[0].speaker if found else None) == expected
    if found:
        assert found[1] is True


# An institution's press release: breadcrumb, kind, number and date over the headline.
@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (d.is_article_id, "Press release No. 2025/14", True),
        (d.is_article_id, "PRESS RELEASE No. 214/2025", True),
        (d.is_article_id, "Press release on the Selva River case", False),
        (d.is_release_notice, "Unofficial", True),
        (d.is_release_notice, "Unofficial results show the governing party ahead.", False),
    ],
)
def test_press_release_number_and_status(detector, line, expected):
    assert detector(line) is expected


def test_headline_printed_under_the_date_below_a_breadcrumb():
    text = (
        "Monetary policy decision of 11 March 2025 | Bank of Kestonia\n"
        "Bank of Kestonia\nMonetary policy\nFinancial stability\nBanknotes and coins\n"
        "Home › Press › Press releases\nPress release\n11 March 2025\n"
        "Bank of Kestonia lowers policy rate to 3.25% as inflation eases\nPrint\nShare\n"
        "At its meeting on 10–11 March 2025, the Monetary Policy Committee decided:\n"
        "1. to lower the policy rate by 0.25 percentage point to 3.25%;\n"
        "2. to keep the reserve requirement ratio unchanged at 2%.\n" + BODY
    )
    article = _parse(text)
    assert article.title == "Bank of Kestonia lowers policy rate to 3.25% as inflation eases"
    assert article.section == "Press release"


def test_numbered_release_under_a_breadcrumb_takes_the_headline_under_its_date():
    text = (
        "The Court indicates provisional measures | Permanent International Court\n"
        "Permanent International Court\nPrincipal judicial organ for disputes between States\n"
        "Home\nCases\nPress room\nHome › Press room › Press releases\n"
        "Press release No. 2025/14\nUnofficial\n14 March 2025\n"
        "Selva River (Marvania v. Doreth) — The Court indicates provisional measures\n"
        "Download the press release (PDF)\n" + BODY
    )
    article = _parse(text)
    assert article.title == (
        "Selva River (Marvania v. Doreth) — The Court indicates provisional measures"
    )
    assert article.section == "Press releases"
    reasons = {e.text: e.reason for e in article.discarded}
    assert reasons["Press release No. 2025/14"] == "article number"
    assert reasons["Unofficial"] == "press release notice"


# A central bank's policy statement: its boxes of files, contacts and the next meeting.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Necessary only", True),
        ("Only essential cookies", True),
        ("Necessary for the economy", False),
    ],
)
def test_cookie_banner_buttons_for_necessary_cookies(line, expected):
    assert bool(d.COOKIE_BUTTON_RE.match(line)) is expected


def test_cookie_banner_keeps_its_necessary_only_button():
    text = (
        "Skip to content\n"
        "This website uses cookies. Necessary cookies are always active; analytics cookies "
        "are only set with your consent.\nAccept all\nNecessary only\nCookie settings\n"
        "Rail strike halts trains across Britain\nBy Anna Becker\n" + BODY
    )
    banner = "\n".join(text.split("\n")[1:5])
    assert banner in [e.text for e in _parse(text).discarded]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Reproduction is permitted provided that the source is acknowledged.", True),
        ("Reproduction is permitted only in laboratories, the source said.", False),
    ],
)
def test_reproduction_terms_are_a_publisher_notice(line, expected):
    assert d.is_publisher_notice(line) is expected


_STATEMENT_HEAD = "Bank lowers policy rate to 3.25% as inflation eases\n11 March 2025\n" + BODY


def test_documents_box_takes_its_file_links_and_short_links():
    box = (
        "Related documents\nMonetary policy statement, 11 March 2025 (PDF, 184 KB)\n"
        "Macroeconomic projections, March 2025 (PDF, 1.2 MB)\n"
        "Press conference: live stream and recording"
    )
    contacts = (
        "Contact: Press office\nCommunications Department\nTel.: +388 6700 2241\n"
        "Email: press@bank.example"
    )
    article = _parse(_STATEMENT_HEAD + box + "\n" + contacts + "\n")
    groups = {e.text: e.reason for e in article.discarded}
    assert groups[box] == "report download links"
    assert groups[contacts] == "press contacts"
    assert article.blocks[-1] == Paragraph(BODY.split("\n")[1])


def test_documents_label_without_files_and_a_heading_after_the_files_stay_text():
    text = (
        _STATEMENT_HEAD + "Downloads\nA note on methods\n" + BODY + "Downloads\n"
        "Statement (PDF, 184 KB)\nWhat comes next\n" + BODY
    )
    blocks = _parse(text).blocks
    assert Heading(2, "What comes next") in blocks
    assert "Statement (PDF, 184 KB)" not in [getattr(b, "text", "") for b in blocks]


def test_next_meeting_box_dates_are_not_the_article_s():
    text = (
        _STATEMENT_HEAD
        + "Next meeting\n28–29 April 2025\nDecision published on 29 April 2025 at 14:00\n"
    )
    article = _parse(text)
    assert article.published == "2025-03-11"
    assert "Next meeting\n28–29 April 2025\nDecision published on 29 April 2025 at 14:00" in [
        e.text for e in article.discarded
    ]


# An organisation named in full once, then by its common noun or "it".
_COURT = "The Permanent International Court (PIC) today delivered its Order on the request."


def test_the_court_speaks_for_the_court_the_article_named():
    para = "The Court adds that “the measures indicated in this Order are without prejudice”."
    assert _inline(para, _COURT) == [
        (
            "the measures indicated in this Order are without prejudice",
            "Permanent International Court",
        )
    ]


def test_a_court_considers_that_is_its_view_quoted():
    para = "The Court considers that “there is a real and imminent risk of irreparable harm”."
    assert _inline(para, _COURT) == [
        ("there is a real and imminent risk of irreparable harm", "Permanent International Court")
    ]


def test_it_after_a_sentence_opened_by_the_organisation_is_the_organisation():
    para = (
        "The Court then considers whether the rights are plausible. It observes that “the "
        "Treaty guarantees each State an equitable share of the flow”."
    )
    assert _inline(para, _COURT) == [
        (
            "the Treaty guarantees each State an equitable share of the flow",
            "Permanent International Court",
        )
    ]
    # "It" after a sentence about a person stands for no one the parser can name.
    para = (
        "Maria Lopez then considered the rights. It observes that “the Treaty guarantees "
        "each State an equitable share of the flow”."
    )
    assert _inline(para) == []


def test_lower_case_noun_after_the_quote_is_the_organisation_named_before():
    context = "The industry group, the Council of American Air Carriers, opposed the cap."
    para = "“When Washington sets the price of one part, travelers pay for it,” the council said."
    assert _inline(para, context) == [
        (
            "When Washington sets the price of one part, travelers pay for it",
            "Council of American Air Carriers",
        )
    ]
    # An organisation the article never names is no speaker.
    assert _inline(para) == []


def test_a_quoted_request_after_to_has_no_speaker():
    para = (
        "At the close of the hearings, the Agent of Marvania asked the Court to order Doreth "
        "to “restore without delay the natural flow of the river at the border”."
    )
    assert _inline(para, _COURT) == []


def test_a_quoted_pledge_after_to_is_its_subject_s():
    para = "Vladimir Putin vowed to “respond to any aggression with every means at our disposal”."
    assert [who for _, who in _inline(para)] == ["Vladimir Putin"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Note: The Court’s press releases are prepared by its Registry for information "
            "purposes only and do not constitute official documents.",
            True,
        ),
        ("The ministry's press releases are prepared by a team of six in Valmora.", False),
    ],
)
def test_note_on_a_court_s_press_releases_is_a_publisher_notice(line, expected):
    assert d.is_publisher_notice(line) is expected


_PIC_PAGE = (
    "The Court indicates provisional measures | Permanent International Court\n"
    "The Court indicates provisional measures\n14 March 2025\n" + BODY
)
_PIC_ABOUT = (
    "The Permanent International Court is the judicial organ established by the 1961 "
    "Convention on the Peaceful Settlement of Disputes. It has its seat in The Hague."
)


def test_the_publisher_describing_itself_under_its_notes_is_a_notice():
    note = (
        "Note: The Court’s press releases are prepared by its Registry for information "
        "purposes only and do not constitute official documents."
    )
    article = _parse(_PIC_PAGE + note + "\n" + _PIC_ABOUT + "\nShare\nX\n")
    assert note + "\n" + _PIC_ABOUT in [e.text for e in article.discarded]
    # Closing the text, over the page's furniture.
    article = _parse(_PIC_PAGE + _PIC_ABOUT + "\nShare\nX\n")
    assert _PIC_ABOUT in [e.text for e in article.discarded]


def test_a_paragraph_about_the_publisher_with_text_under_it_is_kept():
    article = _parse(_PIC_PAGE + _PIC_ABOUT + "\n" + BODY)
    assert Paragraph(_PIC_ABOUT) in article.blocks


# A portal's syndicated agency story.
_PORTAL_HEAD = (
    "Senate panel votes to cap checked-bag fees at $35, setting up fight with airlines\n"
    "Skip to main content\nVista\nHome\nMail\nNews\nFinance\nSports\nSign in\nAdvertisement\n"
    "Senate panel votes to cap checked-bag fees at $35, setting up a fight with airlines\n"
    "Meridian Press\nDana Whitcombe and Luis Ortega\n"
    "Updated Tue, March 11, 2025 at 4:12 PM EDT · 5 min read\nShare\n"
)
_PORTAL_BODY = (
    "WASHINGTON (MP) — A Senate committee voted 15-13 on Tuesday to cap the fee airlines can "
    "charge for a first checked bag at $35.\n" + BODY
)


def test_browser_title_with_a_word_changed_is_the_browser_s_copy():
    article = _parse(_PORTAL_HEAD + _PORTAL_BODY)
    assert article.title.endswith("setting up a fight with airlines")
    assert article.discarded[0].reason == "browser page title"
    assert article.discarded[0].text.endswith("setting up fight with airlines")


def test_agency_logo_under_the_headline_is_no_section():
    article = _parse(_PORTAL_HEAD + _PORTAL_BODY)
    assert article.section is None
    assert ("Meridian Press", "original publisher logo") in [
        (e.text, e.reason) for e in article.discarded
    ]
    # Without the agency's initials in the dateline or its credit line, a label is the section.
    article = _parse(_PORTAL_HEAD.replace("Meridian Press", "Politics") + _PORTAL_BODY)
    assert article.section == "Politics"


def test_agency_named_by_the_credit_line_is_no_section():
    text = (
        _PORTAL_HEAD
        + BODY
        + "Meridian Press writer Hannah Cole in Chicago contributed to this report.\n"
    )
    assert _parse(text).section is None


def test_reactions_under_a_question_are_a_widget_apart_from_the_comments():
    reactions = "What do you think?\n👍 1,204\n😮 87\n😠 342"
    comments = "Comments (1,482)\nJoin the conversation\nSign in to comment"
    article = _parse(_PORTAL_HEAD + _PORTAL_BODY + reactions + "\n" + comments + "\n")
    groups = {e.text: e.reason for e in article.discarded}
    assert groups[reactions] == "reader reaction widget"
    assert groups[comments] == "comments section"


# A wiki-news article: edit links on its headings, categories, search box.
_WIKI_HEAD = (
    "Dutch operator halts sleeper trains to Vienna after brake defect found - Newswiki\n"
    "Jump to navigation\nLog in\nRead\nEdit\nView history\nSearch Newswiki\n"
    "Dutch operator halts sleeper trains to Vienna after brake defect found\n"
    "From Newswiki, the free news source\nTuesday, March 11, 2025\n" + BODY
)


def test_wiki_edit_links_are_dropped_from_headings():
    text = (
        _WIKI_HEAD + "Criticism from passenger groups[edit]\n" + BODY + "Related news[edit]\n"
        "Night train from Brussels to Berlin to end as operator cites losses\n"
        "European Commission proposes single ticket rules for trains\nSources[edit]\n"
        '• "Inspectorate orders checks on sleeper carriages" — NL Transport Today, March 10, 2025\n'
        '• Karl Winter. "ÖBB will Nachtzug nach Amsterdam fahren" — Wiener Tagesblatt, March 11, '
        "2025\n"
    )
    article = _parse(text)
    assert Heading(2, "Criticism from passenger groups") in article.blocks
    assert Heading(2, "Sources") in article.blocks
    assert [r.title for r in article.related] == [
        "Night train from Brussels to Berlin to end as operator cites losses",
        "European Commission proposes single ticket rules for trains",
    ]
    # A bracket that is no edit link stays.
    assert _parse(_WIKI_HEAD + "Reactions [updated]\n" + BODY).blocks[2] == Heading(
        2, "Reactions [updated]"
    )


def test_wiki_categories_give_only_topic_tags():
    text = _WIKI_HEAD + (
        "Categories: March 11, 2025 | Published | Archived | Netherlands | Czech Republic | "
        "Rail transport\n"
    )
    assert _parse(text).tags == ("Netherlands", "Czech Republic", "Rail transport")
    # Without bars, commas still separate the tags.
    assert _parse(_WIKI_HEAD + "Tags: Netherlands, Rail transport\n").tags == (
        "Netherlands",
        "Rail transport",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Search Newswiki", True), ("Search The Ledger", True), ("Search for survivors", False)],
)
def test_search_box_naming_the_site(line, expected):
    assert d.is_search_box(line) is expected


def test_search_box_over_the_headline_is_no_section():
    assert _parse(_WIKI_HEAD).section is None


_ARCHIVED = (
    "This page is archived, and is no longer publicly editable. Articles presented on "
    "Newswiki reflect the specific time at which they were written and published, and do not "
    "attempt to encompass events or knowledge which occur or become known after their "
    "publication. Got a correction? Add the template {{editprotected}} to the talk page along "
    "with your corrections, and it will be brought to the attention of the administrators."
)
_LICENCE = (
    "This text is available under the Creative Commons Attribution 2.5 License; additional "
    "terms may apply. By using this site, you agree to the Terms of Use and Privacy Policy."
)


@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (d.is_reader_prompt, "Have an opinion on this story? Share it!", True),
        (d.is_reader_prompt, "Have an opinion on this story? Most readers did not.", False),
        (d.is_archive_notice, _ARCHIVED, True),
        (d.is_archive_notice, "This page is archived by the national library every year.", False),
        (d.is_page_updated, "This page was last edited on 14 March 2025, at 09:22.", True),
        (d.is_copyright_notice, _LICENCE, True),
        (
            d.is_copyright_notice,
            "This text is available under the Creative Commons Attribution 2.5 License, the "
            "foundation said, and anyone may translate it into the languages of the region.",
            False,
        ),
    ],
)
def test_wiki_page_notices(detector, line, expected):
    assert detector(line) is expected


def test_wiki_sidebar_and_footer_under_the_article_are_two_widgets():
    sidebar = (
        "Navigation\nMain page\nWrite an article\nRecent changes\nHelp\nDonate\nTools\n"
        "What links here\nCite this page\nIn other languages\nDeutsch\nPolski"
    )
    footer = (
        "This page was last edited on 14 March 2025, at 09:22.\n"
        + _LICENCE
        + "\nPrivacy policy\nAbout Newswiki\nDisclaimers"
    )
    text = (
        _WIKI_HEAD
        + "Have an opinion on this story? Share it!\n"
        + _ARCHIVED
        + "\n"
        + sidebar
        + "\n"
        + footer
        + "\n"
    )
    groups = [e.text for e in _parse(text).discarded]
    assert sidebar in groups
    assert footer in groups
    assert _ARCHIVED in groups
    assert "Have an opinion on this story? Share it!" in groups


# Scripts written without spaces between words (Chinese, Japanese, Thai)

JA_PARAGRAPH = (
    "英国とフランスの両政府は12日、ロシアとウクライナの停戦が実現した場合に、停戦ラインの監視に"
    "あたる欧州主導の部隊を派遣することで合意した。ロンドンで開かれた両国の国防相会談で確認した。"
)
ZH_PARAGRAPH = "香港政府今日宣布，明年起將逐步提高公共房屋的供應量，以縮短市民的輪候時間。"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (JA_PARAGRAPH, True),
        (ZH_PARAGRAPH, True),
        ("米国の関与が焦点", False),
        ("速報・新着", False),
        ("スポーツ", False),
    ],
)
def test_text_without_spaces_between_words_counts_as_running_text(line, expected):
    assert is_prose(line) is expected


def test_words_of_unspaced_scripts_are_counted_from_their_characters():
    assert word_count("政治") == 1
    assert word_count("速報・新着") == 2
    assert 40 <= word_count(JA_PARAGRAPH) <= 60
    # Thai vowel signs are characters of the word, not breaks between words.
    assert word_count("ข่าวการเมือง") == 3
    assert word_count("The council met on Monday.") == 5


def test_the_long_vowel_mark_is_a_letter_of_japanese_words():
    assert not d.is_foreign_caption("スポーツ", "CJK")
    assert not d.is_foreign_caption("紙面ビューアー", "CJK")
    assert d.is_foreign_caption("Sports", "CJK")


def test_japanese_sentences_end_with_the_ideographic_full_stop():
    assert ends_sentence("停戦を守るのは我々自身の責任だ。")
    assert ends_sentence("「年収の壁」見直しへ。」")
    assert not ends_sentence("米国の関与が焦点")


def test_a_japanese_article_has_a_body():
    text = (
        "英仏、欧州部隊派遣で合意\n2025年3月12日\n"
        + JA_PARAGRAPH
        + "\n米国の関与が焦点\n"
        + JA_PARAGRAPH.replace("12日", "13日")
        + "\n"
    )
    article = _parse(text)
    assert [type(b).__name__ for b in article.blocks] == ["Paragraph", "Heading", "Paragraph"]


def test_a_japanese_browser_title_joins_the_site_with_a_full_width_colon():
    text = (
        "英仏、欧州部隊派遣で合意 国防相会談で：東西新聞デジタル\nトップ ＞ 国際 ＞ ヨーロッパ\n"
        "英仏、欧州部隊派遣で合意 国防相会談で\n" + JA_PARAGRAPH + "\n" + JA_PARAGRAPH + "\n"
    )
    article = _parse(text)
    assert article.title == "英仏、欧州部隊派遣で合意 国防相会談で"
    assert article.section == "ヨーロッパ"
    assert ("英仏、欧州部隊派遣で合意 国防相会談で：東西新聞デジタル", "browser page title") in [
        (e.text, e.reason) for e in article.discarded
    ]


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("2025年3月12日 18時05分", "2025-03-12", None),
        ("2025年3月4日 21時12分", "2025-03-04", None),
        ("2025년 3월 12일 오후 6시 5분", "2025-03-12", None),
        ("更新 2025年3月13日 9時00分", None, "2025-03-13"),
        ("11.03.25 | 09:47", "2025-03-11", None),
        ("עודכן: 11.03.25 | 13:20", None, "2025-03-11"),
    ],
)
def test_chinese_japanese_korean_and_hebrew_date_lines(line, published, updated):
    found = date_line(line)
    assert (found.published, found.updated) == (published, updated)


def test_a_japanese_date_inside_a_sentence_is_no_date_line():
    assert date_line("2025年3月12日、ロンドンで開かれた両国の国防相会談で確認した。") is None


def test_a_date_and_time_split_by_a_pipe_are_no_table():
    assert pipe_table(["11.03.25 | 09:47", "עודכן: 11.03.25 | 13:20"], 0) is None
    assert pipe_table(["Year | Output", "2024 | 12.5"], 0) is not None


# Japanese and Hebrew pages


@pytest.mark.parametrize(
    ("matches", "line", "expected"),
    [
        (d.is_share_row, "シェア", True),
        (d.is_share_row, "X（旧ツイッター）", True),
        (d.is_share_row, "はてなブックマーク", True),
        (d.is_share_row, "リンクをコピー", True),
        (d.is_share_row, "シェアハウスの規制強化", False),
        (d.is_share_row, "שתפו בפייסבוק", True),
        (d.is_share_row, "שתף", True),
        (d.is_share_row, "שלחו במייל", True),
        (d.is_share_row, "העתקת קישור", True),
        (d.is_share_row, "הגדלת טקסט", True),
        (d.is_share_row, "שתפו את הציבור בהחלטות", False),
        (d.is_ad_marker, "広告", True),
        (d.is_ad_marker, "פרסומת", True),
        (d.is_ad_marker, "広告収入が減少", False),
        (d.is_footer_link, "東西新聞社について", True),
        (d.is_footer_link, "お問い合わせ", True),
        (d.is_footer_link, "利用規約", True),
        (d.is_footer_link, "צור קשר", True),
        (d.is_footer_link, "הצהרת נגישות", True),
        (d.is_footer_link, "מדיניות פרטיות", True),
        (d.is_footer_link, "צור קשר עם המשטרה מיד", False),
        (d.is_copyright, "כל הזכויות שמורות © כותרת היום 2025", True),
        (d.is_access_badge, "有料記事", True),
        (d.is_access_badge, "有料記事の割合が増加", False),
        (d.is_follow_button, "フォローする", True),
        (d.is_engagement_count, "34 תגובות", True),
        (d.is_engagement_count, "34 תגובות נרשמו אתמול", False),
        (
            d.is_paywall,
            "有料会員になると、すべての記事が読み放題。いまなら初月無料キャンペーン実施中",
            True,
        ),
        (d.is_subscription_line, "今すぐ登録", True),
        (
            d.is_cookie_notice,
            "אתר זה עושה שימוש בעוגיות לשיפור חוויית הגלישה. המשך הגלישה מהווה הסכמה.",
            True,
        ),
        (d.is_cookie_notice, "העוגיות של סבתא נמכרו בשוק", False),
        (d.COOKIE_BUTTON_RE.match, "אישור", True),
        (d.is_app_promo, "הורידו את האפליקציה של כותרת היום", True),
        (d.is_labelled_credit, "צילום: קטרינה פאפאדופולו, משרד האנרגיה", True),
        (lb.RELATED_LABEL_RE.match, "関連記事", True),
        (lb.RELATED_LABEL_RE.match, "כתבות נוספות", True),
        (lb.RELATED_LABEL_RE.match, "関連記事の一覧を見る方法", False),
        (lb.SITEWIDE_LABEL_RE.match, "アクセスランキング", True),
        (lb.SITEWIDE_LABEL_RE.match, "הכי נקראים", True),
        (lb.ABOUT_AUTHOR_RE.match, "この記事を書いた人", True),
        (lb.COMMENTS_HEADER_RE.match, "תגובות", True),
        (lb.COMMENTS_HEADER_RE.match, "הוספת תגובה", True),
        (lb.COMMENTS_HEADER_RE.match, "תגובות הציבור היו חריפות", False),
        (lb.BREAKING_LABEL_RE.match, "מבזקים", True),
        (lb.READ_ALSO_RE.match, "עוד בנושא: מחירי החשמל יעלו ב-3.5% בחודש הבא", True),
    ],
)
def test_japanese_and_hebrew_furniture(matches, line, expected):
    assert bool(matches(line)) is expected


HE_BODY = (
    "ישראל, יוון וקפריסין חתמו הבוקר בניקוסיה על הסכם משולש להנחת כבל חשמל תת-ימי שיחבר את רשת"
    " החשמל הישראלית לרשתות האירופיות.\n"
    "עלות הפרויקט מוערכת בכ-2.4 מיליארד אירו, וכ-650 מיליון אירו מתוכם יגיעו ממענקי האיחוד"
    " האירופי.\n"
)


def test_a_paywall_pitch_under_a_most_read_list_is_no_teaser():
    text = (
        "英仏、欧州部隊派遣で合意\n" + JA_PARAGRAPH + "\n" + JA_PARAGRAPH + "\nアクセスランキング\n"
        "1\n春闘、大手の賃上げ率5％台に 2年連続\n2\n北陸新幹線、敦賀以西のルート再検討へ\n"
        "有料会員になると、すべての記事が読み放題。いまなら初月無料キャンペーン実施中\n今すぐ登録\n"
    )
    discarded = [(e.text, e.reason) for e in _parse(text).discarded]
    assert (
        "有料会員になると、すべての記事が読み放題。いまなら初月無料キャンペーン実施中\n今すぐ登録",
        "paywall notice",
    ) in discarded


def test_a_comment_count_over_the_share_buttons_is_no_comment_thread():
    text = (
        "ישראל חתמה על הסכם הכבל\nמאת איתי ברקוביץ\n" + HE_BODY.split("\n")[0] + "\n34 תגובות\n"
        "שתפו בפייסבוק\nשתפו בוואטסאפ\n" + HE_BODY
    )
    article = _parse(text)
    discarded = [(e.text, e.reason) for e in article.discarded]
    assert ("34 תגובות", "engagement counts") in discarded
    assert ("שתפו בפייסבוק\nשתפו בוואטסאפ", "share buttons") in discarded


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("（ロンドン＝佐藤健一、パリ＝中村彩）", ["佐藤健一", "中村彩"]),
        ("【ワシントン＝田中美咲】", ["田中美咲"]),
        ("（英国防相、仏国防相）", None),
        ("（安全保障論）", None),
        ("מאת איתי ברקוביץ ושירה אלמוג", ["איתי ברקוביץ", "שירה אלמוג"]),
        ("מאת איתי ברקוביץ ו-שירה אלמוג", ["איתי ברקוביץ", "שירה אלמוג"]),
        ("מאת נועה כהן, דני לוי ויעל ורד", ["נועה כהן", "דני לוי", "יעל ורד"]),
        ("מאת כתב הארץ", None),
        ("מאתיים איש הגיעו להפגנה", None),
    ],
)
def test_bylines_in_scripts_without_capitals(line, names):
    assert explicit_byline(line) == names


def test_a_japanese_author_box_gives_the_named_author_its_bio():
    text = (
        "英仏、欧州部隊派遣で合意\n"
        + JA_PARAGRAPH
        + "\n"
        + JA_PARAGRAPH.replace("12日", "13日")
        + "\n（ロンドン＝佐藤健一）\nこの記事を書いた人\n佐藤健一\nロンドン支局長\n"
        "2003年入社。外報部、ワシントン支局、モスクワ支局などを経て2023年から現職。"
        "欧州の政治と安全保障を取材している。\n"
    )
    article = _parse(text)
    assert [(a.name, a.bio[:7]) for a in article.authors] == [("佐藤健一", "2003年入社")]
    assert ("ロンドン支局長", "author's job title") in [
        (e.text, e.reason) for e in article.discarded
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("記者会見で説明するリード英国防相（右）＝2025年3月12日、ロンドン、佐藤健一撮影", True),
        ("会談に臨む両国の国防相＝ロンドン、防衛省提供", True),
        ("两国领导人在北京举行会谈（新华社记者 王鹏 摄）", True),
        ("記者会見で説明するリード英国防相＝2025年3月12日、ロンドン", False),
    ],
)
def test_japanese_and_chinese_captions_closed_by_the_photographer(line, expected):
    assert d.is_image_credit(line) is expected


@pytest.mark.parametrize(
    ("paragraph", "quotes"),
    [
        (
            "英国のジョナサン・リード国防相は会談後の記者会見で「欧州の安全保障を米国だけに頼る"
            "時代は終わった」と述べ、参加を呼びかけた。",
            [("欧州の安全保障を米国だけに頼る時代は終わった", "ジョナサン・リード")],
        ),
        (
            "ロンドン大学のエミリー・カーター教授（安全保障論）は「英仏が先に動いたことで、"
            "ドイツも態度を決めざるを得なくなる」と指摘する。",
            [("英仏が先に動いたことで、ドイツも態度を決めざるを得なくなる", "エミリー・カーター")],
        ),
        (
            "ロシア大統領府の報道官は12日、記者団に「いかなる形であれ部隊の展開は受け入れられない」"
            "と語った。",
            [],
        ),
    ],
)
def test_japanese_quotes_in_corner_brackets(paragraph, quotes):
    found = [(q.text, q.speaker) for _, q in inline_quotes(paragraph, NameIndex(paragraph))]
    assert found == quotes


@pytest.mark.parametrize(
    ("paragraph", "quotes"),
    [
        (
            'שר האנרגיה, יואב שטרן, אמר במעמד החתימה: "הכבל הזה יהפוך את ישראל מאי אנרגטי לחלק'
            ' מהרשת האירופית". לדבריו, הכבל חשוב.',
            [("הכבל הזה יהפוך את ישראל מאי אנרגטי לחלק מהרשת האירופית", "יואב שטרן")],
        ),
        (
            'לדברי ד"ר נועה פרידמן, חוקרת אנרגיה, "ההסכם נחתם בצל המתיחות, ובוושינגטון רואים בו'
            ' חלק מהמסדרון שארה"ב מקדמת". היא הוסיפה כי העבודות יתעכבו.',
            [
                (
                    'ההסכם נחתם בצל המתיחות, ובוושינגטון רואים בו חלק מהמסדרון שארה"ב מקדמת',
                    "נועה פרידמן",
                )
            ],
        ),
        (
            'גורם בכיר במשרד האנרגיה אמר ל"כותרת היום" כי "לוח הזמנים שאפתני, אבל לראשונה יש'
            ' מימון סגור".',
            [],
        ),
    ],
)
def test_hebrew_quotes_and_the_abbreviations_inside_them(paragraph, quotes):
    found = [(q.text, q.speaker) for _, q in inline_quotes(paragraph, NameIndex(paragraph))]
    assert found == quotes


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("東西新聞社について", True),
        ("著作権について", True),
        ("憲法改正について", False),
    ],
)
def test_a_japanese_footer_link_about_the_company_but_no_heading_about_a_subject(line, expected):
    assert d.is_footer_link(line) is expected


def test_a_byline_opening_with_a_bracket_is_no_japanese_one_but_still_read():
    assert explicit_byline("(October 2, 2024) by Jane Doe") == ["Jane Doe"]


def test_a_japanese_paragraph_quoting_with_other_marks_too_keeps_both_quotes():
    paragraph = (
        "英国のジョナサン・リード国防相は「欧州の安全保障を米国だけに頼る時代は終わった」と述べた。"
        "“We will not be intimidated by anyone at all,” said Jane Doe."
    )
    found = [q.speaker for _, q in inline_quotes(paragraph, NameIndex(paragraph))]
    assert found == ["ジョナサン・リード", "Jane Doe"]


# Persian and Hindi pages


def test_a_non_joiner_inside_a_word_is_kept_and_one_beside_a_space_is_not():
    assert clean("تشکیل می\u200cدهند") == "تشکیل می\u200cدهند"
    assert clean("\u200cافق\u200c نیوز\u200b") == "افق نیوز"
    # A Devanagari conjunct's joiner follows the virama, a sign rather than a letter.
    assert clean("क्\u200dष") == "क्\u200dष"


def test_devanagari_words_keep_their_vowel_signs_and_the_danda_ends_a_sentence():
    assert word_count("हस्ताक्षर किए") == 2
    assert word_count("यह भी पढ़ें: श्रीलंका ने चीनी शोध जहाजों के आने पर लगी रोक") == 13
    assert ends_sentence("इसे अहम कदम माना जा रहा है।")
    assert not ends_sentence("समझौते की मुख्य बातें")


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        # Solar Hijri dates in Persian digits, after a weekday with its non-joiner.
        ("سه\u200cشنبه ۲۱ اسفند ۱۴۰۳ - ۱۴:۳۰", "2025-03-11", None),
        ("به\u200cروزرسانی: سه\u200cشنبه ۲۱ اسفند ۱۴۰۳ - ۱۸:۰۵", None, "2025-03-11"),
        ("۲۶ بهمن ۱۴۰۳", "2025-02-14", None),
        ("۱ فروردین ۱۴۰۴", "2025-03-21", None),
        ("تاریخ انتشار: ۳۰ اسفند ۱۴۰۳", "2025-03-20", None),
        # Year first, in numbers.
        ("۱۴۰۳/۱۲/۲۱ - ۱۴:۳۰", "2025-03-11", None),
        # Hindi labels and month names.
        ("प्रकाशित: 12 मार्च 2025, 10:20 AM", "2025-03-12", None),
        ("अपडेटेड: 12 मार्च 2025, 06:05 PM", None, "2025-03-12"),
        ("बुधवार, 12 मार्च 2025", "2025-03-12", None),
        # Hindi's May has two letters.
        ("5 मई 2025", "2025-05-05", None),
    ],
)
def test_persian_and_hindi_date_lines(line, published, updated):
    found = date_line(line)
    assert (found.published, found.updated) == (published, updated)


def test_a_jalali_date_needs_a_month_name_and_a_real_day():
    # 1404 is no leap year: Esfand has 29 days.
    assert date_line("۳۰ اسفند ۱۴۰۴") is None
    assert date_line("۲۱ نفر ۱۴۰۳") is None
    assert date_line("۱۴۰۳/۱۳/۰۱") is None
    assert find_date("در ۲۱ اسفند ۱۴۰۳ امضا شد") == "2025-03-11"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("زمان مطالعه: ۴ دقیقه", True),
        ("۵ دقیقه مطالعه", True),
        ("3 मिनट में पढ़ें", True),
        ("زمان مطالعه کتاب در ایران کاهش یافت", False),
    ],
)
def test_persian_and_hindi_reading_times(line, expected):
    assert is_reading_time(line) is expected


@pytest.mark.parametrize(
    ("matches", "line", "expected"),
    [
        # Share buttons, with the non-joiner or without it.
        (d.is_share_row, "اشتراک\u200cگذاری", True),
        (d.is_share_row, "این مطلب را به اشتراک بگذارید:", True),
        (d.is_share_row, "واتس\u200cاپ", True),
        (d.is_share_row, "کپی لینک", True),
        (d.is_share_row, "शेयर करें", True),
        (d.is_share_row, "लिंक कॉपी करें", True),
        (d.is_share_row, "व्हाट्सऐप", True),
        (d.is_share_row, "چاپ اسکناس جدید آغاز شد", False),
        (d.is_ad_marker, "تبلیغات", True),
        (d.is_ad_marker, "विज्ञापन", True),
        (d.is_ad_marker, "تبلیغات انتخاباتی آغاز شد", False),
        (d.is_footer_link, "فرصت\u200cهای شغلی", True),
        (d.is_footer_link, "حریم خصوصی", True),
        (d.is_footer_link, "हमारे बारे में", True),
        (d.is_footer_link, "नियम और शर्तें", True),
        (d.is_footer_link, "حریم خصوصی کاربران در خطر است", False),
        (d.is_follow_prompt, "ما را دنبال کنید", True),
        (d.is_follow_prompt, "हमें फॉलो करें", True),
        (d.is_breaking_ticker, "ब्रेकिंग न्यूज़: संसद के बजट सत्र का दूसरा चरण आज से", True),
        (d.is_breaking_ticker, "فوری: زلزله در کرمان", True),
        (d.is_author_page_link, "همه مطالب این نویسنده", True),
        (d.is_image_credit, "عکس: آرمن واردانیان / خبرگزاری فرانسه", True),
        (
            d.is_image_credit,
            "گذرگاه مرزی نوردوز میان ایران و ارمنستان (عکس: آرشیو افق\u200cنیوز)",
            True,
        ),
        (d.is_image_credit, "माले में हस्ताक्षर के बाद विदेश सचिव। (फोटो: विदेश मंत्रालय)", True),
        (d.is_image_credit, "عکس\u200cهای ماهواره\u200cای تازه منتشر شد", False),
        (
            d.is_cookie_notice,
            "این وب\u200cسایت برای بهبود تجربه کاربری از کوکی استفاده می\u200cکند.",
            True,
        ),
        (d.is_cookie_notice, "کوکی\u200cهای سنتی یزد در بازار", False),
        (d.COOKIE_BUTTON_RE.match, "می\u200cپذیرم", True),
        (d.COOKIE_BUTTON_RE.match, "تنظیمات کوکی", True),
        (
            d.is_channel_promo,
            "برای دریافت فوری خبرها، کانال تلگرام افق\u200cنیوز را دنبال کنید",
            True,
        ),
        (d.is_channel_promo, "देश-दुनिया की ताजा खबरों के लिए हमारे WhatsApp चैनल से जुड़ें", True),
        (d.is_channel_promo, "समाचार भारती को Telegram पर फॉलो करें और पाएं हर बड़ी खबर", True),
        (d.is_channel_promo, "सरकार ने WhatsApp पर नई पाबंदी लगाई", False),
        (d.is_aggregator_follow, "Google News पर फॉलो करें", True),
        (d.is_channel_button, "यहां क्लिक करें", True),
        (d.is_channel_button, "Click here", True),
        (lb.READ_ALSO_RE.match, "بیشتر بخوانید: باکو و ایروان متن توافق را نهایی کردند", True),
        (lb.READ_ALSO_RE.match, "यह भी पढ़ें: श्रीलंका ने चीनी जहाजों पर रोक बढ़ाई", True),
        (lb.READ_ALSO_RE.match, "बच्चे भी पढ़ें यह जरूरी है", False),
        (lb.TAGS_LABEL_RE.match, "برچسب\u200cها:", True),
        (lb.TAGS_LINE_RE.match, "टैग: भारत मालदीव संबंध, हिंद महासागर, चीन", True),
        (lb.RELATED_LABEL_RE.match, "مطالب مرتبط", True),
        (lb.RELATED_LABEL_RE.match, "संबंधित खबरें", True),
        (lb.SITEWIDE_LABEL_RE.match, "پربیننده\u200cترین\u200cها", True),
        (lb.SITEWIDE_LABEL_RE.match, "सबसे ज्यादा पढ़ी गईं", True),
        (lb.COMMENTS_HEADER_RE.match, "دیدگاه\u200cها (۱۲)", True),
        (lb.COMMENTS_HEADER_RE.match, "دیدگاه خود را بنویسید", True),
        (lb.COMMENTS_HEADER_RE.match, "دیدگاه\u200cهای دولت درباره بودجه", False),
        (d.is_newsletter_box, "خبرنامه افق\u200cنیوز", True),
        (
            d.is_newsletter_box,
            "برای دریافت مهم\u200cترین خبرهای روز، نشانی ایمیل خود را وارد کنید",
            True,
        ),
        (d.is_newsletter_line, "ایمیل شما", True),
        (d.is_newsletter_box, "ایمیل\u200cهای محرمانه وزیر افشا شد", False),
        (d.is_chrome_word, "عضویت", True),
        (explicit_byline, "نویسنده: مریم سلطانی", True),
        (explicit_byline, "نویسنده کتاب درگذشت", False),
        (
            is_job_opened_bio,
            "خبرنگار افق\u200cنیوز در لندن که تحولات قفقاز را پوشش می\u200cدهد.",
            True,
        ),
    ],
)
def test_persian_and_hindi_furniture(matches, line, expected):
    assert bool(matches(line)) is expected


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("अमित कुमार सिंह, नई दिल्ली", ["अमित कुमार सिंह"]),
        ("مریم سلطانی، تهران", ["مریم سلطانی"]),
        # Capitals give a name its own shape; digits, a clause or one word are no name.
        ("Jane Doe, London", None),
        ("नई दिल्ली, 12 मार्च", None),
        ("भारत ने कहा, वार्ता जारी रहेगी और समझौता जल्द होगा", None),
        ("दिल्ली, भारत", None),
    ],
)
def test_caseless_name_and_city(line, names):
    assert caseless_byline(line) == names


_HINDI_CARD_PAGE = "\n".join(
    [
        "मालदीव में तटीय रडार नेटवर्क बढ़ाएगा भारत",
        "भारत और मालदीव ने बुधवार को माले में तटीय निगरानी रडार प्रणाली के विस्तार पर समझौता किया।",
        "अमित कुमार सिंह, नई दिल्ली",
        "प्रकाशित: 12 मार्च 2025, 10:20 AM",
        "नई दिल्ली: भारत और मालदीव ने बुधवार को माले में एक समझौते पर हस्ताक्षर किए, जिसके तहत"
        " भारत रडार नेटवर्क का विस्तार करेगा।",
        "विदेश मंत्रालय के मुताबिक, यह समझौता विदेश सचिव की दो दिवसीय मालदीव यात्रा के दौरान हुआ"
        " और परियोजनाओं की समीक्षा की गई।",
        "पिछले साल दोनों देशों के रिश्तों में तनाव देखने को मिला था, जब मालदीव सरकार ने भारतीय"
        " सैन्य कर्मियों को वापस भेजने की मांग की थी।",
        "अमित कुमार सिंह",
        "अमित कुमार सिंह समाचार भारती में विदेश और रक्षा मामलों के वरिष्ठ संवाददाता हैं।",
        "और पढ़ें",
    ]
)


def test_a_caseless_name_and_city_over_the_date_is_the_byline_and_its_card_the_bio():
    article = parse_seed(_HINDI_CARD_PAGE, source="hindi.txt")
    [author] = article.authors
    assert author.name == "अमित कुमार सिंह"
    assert author.bio.startswith("अमित कुमार सिंह समाचार भारती में")
    assert {"text": "और पढ़ें", "reason": "link to the author's page"} in article.to_dict()[
        "discarded"
    ]


_PERSIAN_CONTEXT = (
    "کاظم رضوانی، معاون وزیر امور خارجه ایران، روز سه\u200cشنبه در ایروان اعلام کرد.\n"
    "آقای رضوانی در نشست خبری با تیگران ساهاکیان، معاون وزیر خارجه ارمنستان، شرکت کرد.\n"
    "به گفته خانم فرهادی، حجم مبادلات از ۷۰۰ میلیون دلار فراتر رفت.\n"
    "آقای ساهاکیان نیز سخن گفت."
)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A title and the surname open the sentence; the speech verb closes the lead-in.
        (
            "آقای رضوانی در نشست خبری مشترک، گفت: «هرگونه تغییر در مرزهای شناخته\u200cشده"
            " بین\u200cالمللی پذیرفتنی نیست.»",
            "کاظم رضوانی",
        ),
        # The quotation inside the "that" clause after the verb.
        (
            "آقای ساهاکیان نیز تأکید کرد که ایروان «هیچ مسیری را خارج از حاکمیت کامل ارمنستان»"
            " نخواهد پذیرفت.",
            "تیگران ساهاکیان",
        ),
        # A full name before the comma of the role, confirmed by the titled surname.
        (
            "نسرین فرهادی، پژوهشگر مسائل قفقاز، به افق\u200cنیوز گفت: «تهران می\u200cداند که"
            " نفوذش در قفقاز جنوبی به همین نوار باریک گره خورده است.»",
            "نسرین فرهادی",
        ),
        # No speech verb before the quotation; no person opening the sentence.
        (
            "رسانه\u200cهای نزدیک به دولت باکو این دیدار را «تلاشی برای کارشکنی در روند صلح»"
            " توصیف کردند.",
            None,
        ),
        (
            "وزارت خارجه، در بیانیه\u200cای گفت: «هیچ تغییری در مرزها پذیرفتنی نیست و نخواهد بود.»",
            None,
        ),
        # The titled speaker opens an earlier sentence, not the quotation's.
        (
            "آقای رضوانی به ایروان رفت. وزارت خارجه، در بیانیه\u200cای گفت: «هیچ تغییری در مرزها"
            " پذیرفتنی نیست و نخواهد بود.»",
            None,
        ),
    ],
)
def test_inline_quote_speaker_in_persian(paragraph, speaker):
    found = [who for _, who in _inline(paragraph, _PERSIAN_CONTEXT)]
    assert found == ([speaker] if speaker else [])


_HINDI_CONTEXT = "यह समझौता विदेश सचिव अनुराग मेहरा की दो दिवसीय मालदीव यात्रा के दौरान हुआ।"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A surname before "ने … कहा" resolves to the name given after a role.
        (
            "हस्ताक्षर के बाद मेहरा ने संवाददाताओं से कहा, “हिंद महासागर की सुरक्षा किसी एक देश की"
            " जिम्मेदारी नहीं है।”",
            "अनुराग मेहरा",
        ),
        # The words after the last title.
        (
            'विश्वविद्यालय की प्रोफेसर डॉ. सुनीता राघवन ने कहा, "मालदीव ने समझ लिया है कि भूगोल'
            ' नहीं बदला जा सकता।"',
            "सुनीता राघवन",
        ),
        # A ministry, and a surname the article never gives in full.
        (
            "विदेश मंत्रालय ने कहा, “हिंद महासागर की सुरक्षा किसी एक देश की जिम्मेदारी नहीं है।”",
            None,
        ),
        (
            "बाद में वर्मा ने कहा, “हिंद महासागर की सुरक्षा किसी एक देश की जिम्मेदारी नहीं है।”",
            None,
        ),
    ],
)
def test_inline_quote_speaker_in_hindi(paragraph, speaker):
    found = [who for _, who in _inline(paragraph, _HINDI_CONTEXT)]
    assert found == ([speaker] if speaker else [])


def test_a_hindi_speaker_after_a_title_needs_no_earlier_mention():
    # The title's full stop ends no sentence: the danda does.
    paragraph = (
        "बैठक कल हुई। प्रोफेसर डॉ. सुनीता राघवन ने कहा, “मालदीव ने समझ लिया है कि भूगोल नहीं बदला जा सकता।”"
    )
    assert [q.speaker for _, q in inline_quotes(paragraph, NameIndex(""))] == ["सुनीता राघवन"]


def test_a_caseless_name_and_city_not_over_a_date_is_no_byline():
    page = _HINDI_CARD_PAGE.replace("प्रकाशित: 12 मार्च 2025, 10:20 AM\n", "")
    assert not parse_seed(page, source="hindi.txt").authors


# Korean and Chinese pages


KO_BODY = (
    "미국 국무부가 북한과 대화를 재개할 준비가 돼 있다는 입장을 거듭 밝혔다. 그러나 북한은 미국의"
    " 대북 적대시 정책 철회가 먼저라며 즉각 선을 그었다.\n"
    "북한이 미국의 대화 제안에 공식 반응을 내놓은 것은 트럼프 2기 행정부 출범 이후 처음이다."
    " 북한은 그동안 침묵으로 일관해 왔다.\n"
)


@pytest.mark.parametrize(
    ("matches", "line", "expected"),
    [
        (d.is_share_row, "공유하기", True),
        (d.is_share_row, "기사 스크랩", True),
        (d.is_share_row, "글자크기 설정", True),
        (d.is_share_row, "카카오톡", True),
        (d.is_share_row, "링크 복사", True),
        (d.is_share_row, "공유경제 확산", False),
        (d.is_share_row, "分享到：", True),
        (d.is_share_row, "QQ空间", True),
        (d.is_share_row, "复制链接", True),
        (d.is_share_row, "字号：大 中 小", True),
        (d.is_share_row, "中小企业", False),
        (d.is_player_control, "기사 듣기", True),
        (d.is_ad_marker, "광고", True),
        (d.is_ad_marker, "광고 시장이 커졌다", False),
        (d.photo_credit_line, "[AP=연합뉴스]", True),
        (d.photo_credit_line, "[연합뉴스 자료사진]", True),
        (d.photo_credit_line, "[사설]", False),
        (d.is_publisher_notice, "<저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>", True),
        (d.is_publisher_notice, "무단전재를 막기 위한 법안이 발의됐다", False),
        (d.is_follow_button, "기자 구독", True),
        (d.is_newsletter_box, "한빛일보 뉴스레터", True),
        (d.is_newsletter_box, "이메일 주소 입력", True),
        (d.is_reaction_prompt, "이 기사를 추천합니다", True),
        (d.is_counted_reaction_answer, "후속기사 원해요 12", True),
        (d.is_counted_reaction_answer, "카카오톡", False),
        (lb.RELATED_LABEL_RE.match, "관련기사", True),
        (lb.SITEWIDE_LABEL_RE.match, "많이 본 뉴스", True),
        (lb.COMMENTS_HEADER_RE.match, "댓글 0", True),
        (lb.COMMENTS_HEADER_RE.match, "网友评论", True),
        (lb.COMMENTS_HEADER_RE.match, "댓글 창을 닫았다", False),
    ],
)
def test_korean_and_chinese_furniture(matches, line, expected):
    assert bool(matches(line)) is expected


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("워싱턴=김민수 특파원", ["김민수"]),
        ("김민수 기자 kim@example.co.kr", ["김민수"]),
        ("김민수 기자", ["김민수"]),
        ("기자회견을 열었다", None),
        ("정부 관계자 기자", None),
    ],
)
def test_korean_bylines(line, names):
    assert explicit_byline(line) == names


def test_a_korean_related_line_in_brackets_is_a_teaser():
    match = lb.READ_ALSO_RE.match('[관련기사] 트럼프 "김정은과 다시 만날 수도"…대화 재개 시사')
    assert match and match["title"] == '트럼프 "김정은과 다시 만날 수도"…대화 재개 시사'


def test_a_korean_reaction_widget_with_counts_stops_at_the_share_buttons():
    text = (
        "북미 대화 재개 전망\n" + KO_BODY + "이 기사를 추천합니다\n좋아요 24\n후속기사 원해요 12\n"
        "공유하기\n카카오톡\n"
    )
    discarded = [(e.text, e.reason) for e in _parse(text).discarded]
    assert ("이 기사를 추천합니다\n좋아요 24\n후속기사 원해요 12", "reader reaction widget") in (
        discarded
    )
    assert ("공유하기\n카카오톡", "share buttons") in discarded


def test_korean_quotes_name_the_topic_of_their_sentence():
    first = (
        "마코 루비오 미국 국무장관은 11일 기자회견에서 "
        '"우리는 언제 어디서든 북한과 조건 없이 마주 앉을 준비가 돼 있다"며 '
        '"다만 한반도의 완전한 비핵화라는 목표는 변하지 않았다"라고 말했다.'
    )
    second = (
        '루비오 장관은 이어 "대통령은 김정은 위원장과의 개인적 관계를 여전히 소중하게 여기고'
        ' 있다"고 덧붙였다.'
    )
    expert = (
        '박지현 세종연구소 수석연구위원은 "북한은 러시아와의 밀착으로 과거보다 협상을 서두를 이유가'
        ' 줄어들었다"고 분석했다.'
    )
    unnamed = (
        '정부는 신중한 입장을 보였다. 통일부 당국자는 "북미 대화가 재개되는 것을 환영하며,'
        ' 남북 대화로도 이어지기를 기대한다"라고 말했다.'
    )
    names = NameIndex("\n".join([first, second, expert, unnamed]))
    assert [q.speaker for _, q in inline_quotes(first, names)] == ["마코 루비오", "마코 루비오"]
    assert [q.speaker for _, q in inline_quotes(second, names)] == ["마코 루비오"]
    assert [q.speaker for _, q in inline_quotes(expert, names)] == ["박지현"]
    assert inline_quotes(unnamed, names) == []


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("2025-03-12 09:30:15 来源：新华社", "2025-03-12", None),
        ("입력 2025.03.12 14:05 수정 2025.03.12 15:30", "2025-03-12", "2025-03-12"),
        ("수정 2025.03.13 09:00", None, "2025-03-13"),
    ],
)
def test_korean_and_chinese_date_lines(line, published, updated):
    found = date_line(line)
    assert found is not None
    assert (found.published, found.updated) == (published, updated)


def test_a_chinese_source_is_no_label_of_a_sentence():
    assert date_line("2025-03-12 来源：新华社记者在布鲁塞尔发回的一篇长篇报道全文如下") is None


@pytest.mark.parametrize(
    ("matches", "line", "expected"),
    [
        (
            d.is_image_credit,
            "3月11日，中国商务部部长王文涛（右）与欧盟贸易和经济安全委员谢夫乔维奇在布鲁塞尔出席"
            "中欧经贸高层对话。新华社记者 张伟 摄",
            True,
        ),
        (d.is_image_credit, "他说，摄影记者张伟在现场拍下了这一幕，并接受了采访。", False),
        (d.is_footer_link, "关于我们", True),
        (d.is_footer_link, "京ICP备12345678号-1", True),
        (d.is_footer_link, "京公网安备 11010502012345号", True),
        (d.is_footer_link, "违法和不良信息举报电话：010-12345678", True),
        (d.is_footer_link, "关于我们的未来", False),
        (d.LIST_ITEM_RE.match, "——重启电动汽车最低价格承诺技术磋商；", True),
        (d.LIST_ITEM_RE.match, "—— 他说。", True),
        (d.LIST_ITEM_RE.match, "— he said", False),
        (d.is_heading_like, "此次对话达成的主要共识包括：", False),
        (d.is_heading_like, "电动汽车磋商重启", True),
    ],
)
def test_chinese_captions_footers_and_lists(matches, line, expected):
    assert bool(matches(line)) is expected


def test_chinese_tags_are_separated_by_spaces():
    match = lb.TAGS_LINE_RE.match("标签：中欧关系 电动汽车 反补贴 经贸合作")
    assert match
    assert tag_items(match["tags"]) == ["中欧关系", "电动汽车", "反补贴", "经贸合作"]
    assert tag_items("Rail transport, Netherlands") == ["Rail transport", "Netherlands"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("新华社布鲁塞尔3月11日电（记者张伟 李娜）中欧经贸高层对话11日举行。", ["张伟", "李娜"]),
        ("新华社北京3月11日电（记者王鹏、通讯员李明）国务院今日发布通知。", ["王鹏", "李明"]),
        ("新华社北京3月11日电 国务院今日发布通知。", None),
        ("3月11日电视台（北京）播出了节目。", None),
    ],
)
def test_reporters_in_a_chinese_agency_dateline(line, names):
    assert cjk_dateline_byline(line) == names


ZH_BODY = (
    "新华社布鲁塞尔3月11日电（记者张伟 李娜）中欧经贸高层对话11日在比利时首都布鲁塞尔举行。"
    "双方同意重启关于中国产电动汽车最低价格承诺的技术磋商。\n"
    "中国商务部部长王文涛在对话中表示，中欧互为重要经贸伙伴。"
    "他说：“保护主义没有出路，中欧合作的基本盘不会因一时的分歧而改变。”\n"
)


def test_a_chinese_page_title_its_dateline_authors_and_a_list_under_a_lead_in():
    text = (
        "中欧经贸高层对话在布鲁塞尔举行 双方同意重启磋商_国际新闻_华夏网\n华夏网\n首页\n新闻\n"
        "中欧经贸高层对话在布鲁塞尔举行 双方同意重启磋商\n2025-03-12 09:30:15 来源：新华社\n"
        + ZH_BODY
        + "此次对话达成的主要共识包括：\n——重启电动汽车最低价格承诺技术磋商；\n"
        "——建立中欧供应链稳定对话机制。\n"
    )
    article = _parse(text)
    assert article.title == "中欧经贸高层对话在布鲁塞尔举行 双方同意重启磋商"
    assert article.published == "2025-03-12"
    assert [a.name for a in article.authors] == ["张伟", "李娜"]
    assert article.blocks[0] == Paragraph(ZH_BODY.split("\n")[0])
    assert isinstance(article.blocks[-2], Paragraph)
    assert article.blocks[-1].items == (
        "重启电动汽车最低价格承诺技术磋商；",
        "建立中欧供应链稳定对话机制。",
    )


def test_chinese_quotes_name_a_titled_speaker():
    lead_in = ZH_BODY.split("\n")[1]
    trailer = (
        "中国机电产品进出口商会副会长刘建国接受记者采访时表示，重启磋商释放了积极信号。"
        "“企业最需要的是稳定、可预期的政策环境，希望双方尽快拿出能够落地的方案。”刘建国说。"
    )
    unnamed = "外交部发言人表示：“中方将继续坚定维护自身的正当权益，并与各方保持沟通。”"
    names = NameIndex("\n".join([lead_in, trailer, unnamed]))
    assert [q.speaker for _, q in inline_quotes(lead_in, names)] == ["王文涛"]
    assert [q.speaker for _, q in inline_quotes(trailer, names)] == ["刘建国"]
    assert inline_quotes(unnamed, names) == []


def test_a_chinese_desk_editor_is_a_credit_not_a_byline():
    assert is_credit("责任编辑：王丽")
    assert explicit_byline("责任编辑：王丽") is None
    assert not is_credit("责任编辑：王丽负责审核了这篇报道，并在周二发出。")


# Central Asian pages in English


def test_exchange_rates_stacked_one_a_line_are_market_data():
    text = (
        "Steppe Herald\nUSD 498.12\nEUR 541.37\nRUB 5.61\nPolitics\nEconomy\n"
        "Council delays the budget vote\n" + BODY
    )
    discarded = {(e.text, e.reason) for e in _parse(text).discarded}
    assert ("USD 498.12\nEUR 541.37\nRUB 5.61", "market data") in discarded


@pytest.mark.parametrize(
    ("line", "expected"),
    [("USD 498.12", True), ("EUR 541,37 ▲", True), ("NATO 2025", False), ("USD 5", False)],
)
def test_a_currency_code_and_its_rate(line, expected):
    assert d.is_currency_rate(line) is expected


def test_a_lone_currency_rate_in_the_text_is_kept():
    text = "Council delays the budget vote\n" + BODY + "USD 498.12\n" + BODY
    assert "USD 498.12" not in {e.text for e in _parse(text).discarded}


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Astana +2°C", True), ("Astana −12°C", True), ("Astana +2% on the year", False)],
)
def test_a_place_and_its_signed_temperature_is_a_weather_widget(line, expected):
    assert d.is_weather_widget(line) is expected


@pytest.mark.parametrize(
    ("detector", "line", "expected"),
    [
        (d.is_reuse_notice, "When using materials, a hyperlink to example.kz is required.", True),
        (d.is_reuse_notice, "When using materials from the archive, cite the source.", False),
        (
            d.is_media_registration,
            "Certificate of registration of the mass media No. KZ12VPY00012345 issued by the "
            "Ministry of Culture and Information",
            True,
        ),
        (
            d.is_media_registration,
            "The certificate of registration of the media outlet was revoked by the court.",
            False,
        ),
        (d.is_age_rating, "18+", True),
        (d.is_age_rating, "16 +", True),
        (d.is_age_rating, "18", False),
        (d.is_age_rating, "17+", False),
    ],
)
def test_central_asian_footer_notices(detector, line, expected):
    assert detector(line) is expected


def test_an_age_rating_closes_the_footer():
    text = (
        "Council delays the budget vote\n" + BODY + "About us\nContacts\n"
        "© 2015–2025 Steppe Herald. All rights reserved.\n18+\n"
    )
    assert _parse(text).discarded[-1].text.endswith("All rights reserved.\n18+")


def test_a_standfirst_over_a_lone_photo_credit_is_not_a_caption():
    standfirst = (
        "The two countries will build new container terminals and order twelve additional "
        "ferries for the corridor"
    )
    text = (
        "Council delays the budget vote\n12 March 2025 15:40\nBy Jane Doe\n3 412\n"
        + standfirst
        + "\nPhoto credit: press service of the Ministry of Transport\n"
        + BODY
    )
    article = _parse(text)
    assert article.blocks[0] == Paragraph(standfirst)
    assert "Photo credit: press service of the Ministry of Transport" in {
        e.text for e in article.discarded
    }


def test_a_caption_over_a_lone_photo_credit_is_still_a_caption():
    caption = "Ministers at the signing ceremony in Astana on Wednesday."
    text = (
        "Council delays the budget vote\nBy Jane Doe\n"
        + caption
        + "\nPhoto credit: Jane Roe\n"
        + BODY
    )
    assert caption not in {getattr(b, "text", None) for b in _parse(text).blocks}


def test_an_unbulleted_list_of_items_ending_in_semicolons():
    items = [
        "a new container terminal at the port with capacity of 240,000 TEU a year;",
        "12 new ferries to be ordered by the national shipping companies;",
        "reduced port fees for containers in transit from 1 July 2025.",
    ]
    text = (
        "Council delays the budget vote\n"
        + BODY
        + "What the roadmap includes\n"
        + "\n".join(items)
        + "\n"
        + BODY
    )
    blocks = _parse(text).blocks
    assert Heading(2, "What the roadmap includes") in blocks
    assert ListBlock(tuple(items)) in blocks


def test_two_lines_ending_in_semicolons_are_no_list():
    lines = [
        "The council approved the plan to widen the ring road by two lanes;",
        "the opposition voted against it and called for a referendum.",
    ]
    text = "Council delays the budget vote\n" + BODY + "\n".join(lines) + "\n" + BODY
    assert not any(isinstance(b, ListBlock) for b in _parse(text).blocks)


def test_an_unbulleted_list_under_a_lead_in_with_an_advertisement_after():
    items = [
        "Share ballistic data through a single regional database by the end of 2025;",
        "Place customs officers at major transshipment ports in the United States;",
        "Standardise penalties for illegal possession of high-powered weapons.",
    ]
    text = (
        "Council delays the budget vote\n"
        + BODY
        + "Regional security officials also agreed to:\n"
        + "\n".join(items)
        + "\nADVERTISEMENT\n"
        + BODY
    )
    assert ListBlock(tuple(items)) in _parse(text).blocks


def test_he_said_after_a_quotation_names_the_subject_of_the_sentence_before():
    paragraph = (
        "Rashad Nabiyev said Azerbaijan was ready to co-finance the new ferries. "
        '"We want a shipper to know the exact day his container will reach Baku," he said.'
    )
    assert _inline(paragraph) == [
        ("We want a shipper to know the exact day his container will reach Baku", "Rashad Nabiyev")
    ]


def test_an_organisation_named_after_its_kind_is_not_a_second_person():
    # "the charity Harbour Light", "the security firm Sentinel Maritime": the noun before the
    # name says it is a body, so the sentence still names one person, its subject.
    paragraph = (
        "Linda Hartman, who runs the charity Harbour Light, said families knew little. "
        '"They have had one phone call in three days," she said.'
    )
    assert _inline(paragraph) == [("They have had one phone call in three days", "Linda Hartman")]


@pytest.mark.parametrize(
    "paragraph",
    [
        # A name further on is not the sentence's subject.
        "One of the workers said investigators asked him about a WhatsApp group. "
        "“They read my messages aloud as if they were plans for a bomb,” he said.",
        # A clause between the name and the verb may name someone else.
        "Linda Hartman, who met Mark Stone that day, said she saw the smoke. "
        '"I grabbed the dog and the photo albums and just drove away," she said.',
        # "they" may be anyone the sentence named.
        "Rashad Nabiyev said the ministries were ready to co-finance the new ferries. "
        '"We want a shipper to know the exact day his container will reach Baku," they said.',
    ],
)
def test_he_said_without_a_speaking_subject_before_has_no_speaker(paragraph):
    assert _inline(paragraph) == []


_WATER = "“We had no warning at all, the kitchen was flooded within the hour,”"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A relative clause between the name and its verb describes the one who speaks.
        (
            "Linda Hartman, who lives on Mill Street, said the water rose within an hour. "
            f"{_WATER} she said.",
            "Linda Hartman",
        ),
        # So does a role in apposition after the name.
        (
            "Anna Kowalski, a spokeswoman for the Environment Agency, said the barriers would "
            f"be reviewed. {_WATER} she said.",
            "Anna Kowalski",
        ),
        # The name in apposition to the role that opens the sentence.
        (
            "The council’s head of emergency planning, Mark Owen, said crews had worked through "
            f"the night. {_WATER} he said.",
            "Mark Owen",
        ),
        # A role in lower case right before the name.
        (
            "Council leader Mark Owen told reporters that crews had worked through the night. "
            f"{_WATER} he added.",
            "Mark Owen",
        ),
        # A surname after a title, for the full name the article gives.
        (
            f"Ms Hartman said the water rose within an hour. {_WATER} she said.",
            "Linda Hartman",
        ),
        # Her own pronoun agrees with "she".
        (
            f"Linda Hartman said her kitchen flooded within an hour. {_WATER} she said.",
            "Linda Hartman",
        ),
        # A name after "the" is a place, a body or a thing, not a second person.
        (
            "Derek Lowe said the group had raised concerns about the Mill Lane pumping station. "
            f"{_WATER} he said.",
            "Derek Lowe",
        ),
        # The speaker named after the quotation before, before or after the verb.
        (
            "“It is too early to say what went wrong with the barriers,” Peter Grant said. "
            f"{_WATER} he added.",
            "Peter Grant",
        ),
        (
            "“It is too early to say what went wrong with the barriers,” said Peter Grant, who "
            f"chairs the council’s flood committee. {_WATER} he added.",
            "Peter Grant",
        ),
    ],
)
def test_he_said_names_the_one_speaking_subject_of_the_sentence_before(paragraph, speaker):
    context = "Linda Hartman lives on Mill Street."
    assert _inline(paragraph, context)[-1] == (_WATER.strip("“”,"), speaker)


@pytest.mark.parametrize(
    "paragraph",
    [
        # The clause has a speaker of its own.
        "Linda Hartman, whose son Tom Baker said the water rose within an hour, was evacuated. "
        f"{_WATER} she said.",
        # The one told may be the one quoted next.
        f"John Smith told Mary Jones that the barriers had failed. {_WATER} she said.",
        f"Mark Owen told Jones that the barriers had failed. {_WATER} he said.",
        # A title after "the" still opens a person's name.
        f"John Smith told the Rev Jane Hale that the barriers had failed. {_WATER} she said.",
        # Two people speak.
        f"Linda Hartman and Mark Owen said the barriers had failed. {_WATER} she said.",
        # The sentence names two people, either of whom may be "he".
        f"Linda Hartman said Mark Owen had warned the street. {_WATER} he said.",
        # The name after "said" is the subject of what was said, not the one saying it.
        f"Police said Mark Owen, 45, had been arrested on Tuesday. {_WATER} he said.",
        # The name is not the subject: her son is.
        f"The son of Linda Hartman said the water rose within an hour. {_WATER} he said.",
        # A possessive is not the subject either.
        f"Linda Hartman’s son said the water rose within an hour. {_WATER} he said.",
        # A pronoun of the other person shows "he" is someone the sentence only mentions.
        f"Linda Hartman said her husband had tried to move the car. {_WATER} he said.",
        f"Mark Owen said his deputy had walked the barriers with her. {_WATER} she said.",
    ],
)
def test_he_said_after_two_people_or_no_speaking_subject_has_no_speaker(paragraph):
    assert _inline(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Linda Hartman, who lives on Mill Street, said: “We had no warning at all, the "
            "kitchen was flooded within the hour.”",
            "Linda Hartman",
        ),
        (
            "The agency's director, Mark Owen, told reporters: “We will review every barrier on "
            "this stretch of the river.”",
            "Mark Owen",
        ),
        (
            "“It is too early to say what went wrong,” said Peter Grant, who chairs the council’s "
            "flood committee.",
            "Peter Grant",
        ),
        # The clause's own subject says what the lead-in introduces, not the name it describes.
        (
            "Linda Hartman, whose son Tom Baker said: “We had no warning at all, the kitchen was "
            "flooded,” was evacuated.",
            "Tom Baker",
        ),
    ],
)
def test_a_described_speaker_of_a_quotation_in_its_own_sentence(paragraph, speaker):
    assert [s for _, s in _inline(paragraph)] == [speaker]


_FLOOD_HEAD = "Flood defences fail as river bursts banks\n" + BODY


def _quote_speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _parse(text).quotes]


@pytest.mark.parametrize(
    ("above", "speakers"),
    [
        (
            "Mark Owen, the council’s head of emergency planning, said crews had worked through "
            "the night.",
            ["Mark Owen"],
        ),
        (
            "Crews worked through the night. “It is too early to say what went wrong with the "
            "barriers,” said Mark Owen, who chairs the flood committee.",
            ["Mark Owen", "Mark Owen"],
        ),
    ],
)
def test_he_said_paragraph_names_the_speaker_closing_the_paragraph_before(above, speakers):
    text = (
        _FLOOD_HEAD + above + "\n"
        "“The defences were built for a one-in-a-hundred-year flood, and this was worse,” he "
        "said.\n"
    )
    assert _quote_speakers(text) == speakers


@pytest.mark.parametrize(
    "above",
    [
        # Two people speak in the paragraph's last sentence.
        "Mark Owen told Linda Hartman that crews had worked through the night.",
        # The paragraph's last sentence names no one: "he" may be anyone before it.
        "Mark Owen said crews had worked through the night. The river fell by Thursday.",
        # "he" is the brother she speaks of.
        "Linda Hartman said her brother had stayed behind to lift the sandbags.",
    ],
)
def test_he_said_paragraph_without_one_speaker_closing_the_paragraph_before(above):
    text = (
        _FLOOD_HEAD + above + "\n"
        "“The defences were built for a one-in-a-hundred-year flood, and this was worse,” he "
        "said.\n"
    )
    assert _quote_speakers(text) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The river fell on Thursday. “The defences were built for a one-in-a-hundred-year flood, "
        "and this was worse,” he said.",
        "“The defences were built for a one-in-a-hundred-year flood, and this was worse,” he "
        "said, adding that Linda Hartman had warned the council.",
    ],
)
def test_he_said_paragraph_with_more_than_the_quotation_is_not_read_across_paragraphs(paragraph):
    text = _FLOOD_HEAD + "Mark Owen said crews had worked through the night.\n" + paragraph + "\n"
    assert _quote_speakers(text) == []


# Caribbean dailies


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Follow The Daily Beacon on Twitter, Facebook and Instagram", True),
        ("Follow the Daily Courier on X & Threads", True),
        ("Follow the money on Twitter, they said, and you will find the culprits", False),
    ],
)
def test_follow_prompts_listing_networks(line, expected):
    assert d.is_follow_prompt(line) is expected


def test_a_slashed_writing_job_makes_a_byline_not_a_photo_credit():
    assert bare_byline("Jane Doe/Senior Staff Reporter") == ["Jane Doe"]
    assert bare_byline("Jane Doe/Gleaner Writer") == ["Jane Doe"]
    assert not d.photo_credit_line("Jane Doe/Senior Staff Reporter")
    assert d.photo_credit_line("Rudolph Brown/Photographer")
    assert bare_byline("Jane Doe/Getty Images") is None


def test_a_caribbean_byline_with_its_job():
    text = (
        "Council delays the budget vote\nJane Doe/Senior Staff Reporter\n"
        "Published:Thursday | March 13, 2025 | 12:08 AM\n" + BODY
    )
    article = _parse(text)
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert str(article.published) == "2025-03-13"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Home | News | Caribbean", ["Home", "News", "Caribbean"]),
        ("Home | World | Politics | Business | Sport | Opinion", None),
        ("News | Caribbean", None),
    ],
)
def test_a_piped_trail_opens_with_home(line, expected):
    assert d.piped_trail_parts(line) == expected


def test_a_piped_trail_over_the_headline_names_the_section():
    text = (
        "Home\nNews\nBusiness\nSports\nCaribbean\nWorld\nHome | News | Caribbean\n"
        "Council delays the budget vote\n" + BODY
    )
    assert _parse(text).section == "Caribbean"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Prime Minister Andrew Holness greets regional ministers in New Kingston on "
            "Wednesday. - Rudolph Brown/Photographer",
            True,
        ),
        ("Ministers met in Kingston on Wednesday. – Jane Doe/Staff Photographer", True),
        ("The vote was carried 12 to 3 on Wednesday. - Jane Doe/Senior Reporter", False),
    ],
)
def test_a_caption_closed_by_the_staff_photographer_after_a_dash(line, expected):
    assert d.is_image_credit(line) is expected


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        # Buddhist-era years and abbreviated Thai months; "น." closes the hour.
        ("12 มี.ค. 2568 10:15 น.", "2025-03-12", None),
        ("อัปเดต 12 มี.ค. 2568 13:40 น.", None, "2025-03-12"),
        ("5 พฤษภาคม 2568", "2025-05-05", None),
        # A Gregorian year beside a Thai month is read as it is.
        ("10 ธ.ค. 2024", "2024-12-10", None),
        # Vietnamese: the weekday, day first, and the zone.
        ("Thứ Tư, 12/3/2025, 14:05 (GMT+7)", "2025-03-12", None),
        ("Cập nhật 12/3/2025, 16:20", None, "2025-03-12"),
    ],
)
def test_thai_and_vietnamese_date_lines(line, published, updated):
    found = date_line(line)
    assert (found.published, found.updated) == (published, updated)


def test_a_thai_date_needs_a_thai_month_and_a_real_day():
    assert date_line("31 ก.พ. 2568") is None
    assert date_line("12 มีนา 2568") is None
    assert find_date("เมื่อวันที่ 10 มี.ค. 2568 ที่ผ่านมา") == "2025-03-10"


def test_a_thai_abbreviation_dot_ends_no_sentence():
    # Thai ends a sentence with a space: its dots close abbreviations.
    assert not ends_sentence("12 มี.ค. 2568 10:15 น.")
    assert not is_prose("12 มี.ค. 2568 10:15 น.")
    assert ends_sentence("The ministry said so on Tuesday.")


@pytest.mark.parametrize(
    ("matches", "line", "expected"),
    [
        (d.is_skip_link, "ข้ามไปยังเนื้อหา", True),
        (d.is_skip_link, "Bỏ qua đến nội dung", True),
        (d.is_share_row, "แชร์", True),
        (d.is_share_row, "แชร์ข่าวนี้", True),
        (d.is_share_row, "คัดลอกลิงก์", True),
        (d.is_share_row, "Chia sẻ", True),
        (d.is_share_row, "Zalo", True),
        (d.is_share_row, "Sao chép liên kết", True),
        (d.is_share_row, "Chia sẻ kinh nghiệm chống lũ của người dân miền Trung", False),
        (d.is_ad_marker, "โฆษณา", True),
        (d.is_ad_marker, "Quảng cáo", True),
        (d.is_ad_marker, "Quảng cáo sai sự thật bị phạt nặng", False),
        (d.is_footer_link, "เกี่ยวกับเรา", True),
        (d.is_footer_link, "ข้อกำหนดการใช้งาน", True),
        (d.is_footer_link, "Điều khoản sử dụng", True),
        (d.is_footer_link, "Chính sách bảo mật", True),
        (d.is_footer_link, "Liên hệ", True),
        (d.is_footer_link, "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp", True),
        (d.is_footer_link, "Tổng biên tập: Nguyễn Văn Hòa", True),
        (d.is_footer_link, "Địa chỉ: Tầng 8, 17 Duy Tân, Cầu Giấy, Hà Nội", True),
        (d.is_footer_link, "Thuộc Công ty Cổ phần Truyền thông Tin Nhanh", True),
        (d.is_footer_link, "Báo điện tử Tin Nhanh", True),
        (d.is_footer_link, "Liên hệ với gia đình nạn nhân vẫn chưa được", False),
        (d.is_footer_link, "Báo điện tử Dân trí cho biết ông đã qua đời tối qua", False),
        (d.is_footer_link, "Thuộc Bộ Công an, đơn vị này đã vào cuộc điều tra", False),
        (d.is_image_credit, "Tàu hải cảnh phun vòi rồng vào tàu cá ngày 11/3. Ảnh: PCG", True),
        (
            d.is_image_credit,
            "ผู้หนีภัยรอรับความช่วยเหลือริมแม่น้ำเมย อ.แม่สอด เมื่อวันที่ 10 มี.ค. (ภาพ: รอยเตอร์)",
            True,
        ),
        (d.is_image_credit, "Ảnh: Reuters", True),
        (d.is_image_credit, "Ông cho biết bức ảnh được chụp từ tàu: không ai bị thương", False),
        (
            d.is_cookie_notice,
            "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสบการณ์การใช้งานของคุณ อ่านเพิ่มเติมได้ที่ นโยบายความเป็นส่วนตัว",
            True,
        ),
        (d.is_cookie_notice, "คุกกี้เนยสดสูตรคุณยาย", False),
        (d.COOKIE_BUTTON_RE.match, "ยอมรับทั้งหมด", True),
        (d.COOKIE_BUTTON_RE.match, "ตั้งค่าคุกกี้", True),
        (d.is_engagement_count, "อ่าน 3,482 ครั้ง", True),
        (d.is_engagement_count, "อ่านหนังสือวันละ 3 ครั้ง", False),
        (d.is_channel_promo, "ไม่พลาดทุกข่าวสำคัญ เพิ่มเพื่อน LINE @siamwannee", True),
        (d.is_channel_promo, "เพิ่มเพื่อนใหม่ในโรงเรียน", False),
        (d.is_channel_button, "เพิ่มเพื่อน", True),
        (
            lb.READ_ALSO_RE.match,
            "อ่านข่าวที่เกี่ยวข้อง : ทหารพรานเพิ่มกำลังลาดตระเวนริมแม่น้ำเมย",
            True,
        ),
        (lb.READ_ALSO_RE.match, "Xem thêm: Giá vàng lập đỉnh mới", True),
        (lb.TAGS_LABEL_RE.match, "แท็ก", True),
        (lb.TAGS_LABEL_RE.match, "Từ khóa", True),
        (lb.RELATED_LABEL_RE.match, "ข่าวที่เกี่ยวข้อง", True),
        (lb.RELATED_LABEL_RE.match, "Tin liên quan", True),
        (lb.SITEWIDE_LABEL_RE.match, "ข่าวยอดนิยม", True),
        (lb.SITEWIDE_LABEL_RE.match, "Xem nhiều", True),
        (lb.COMMENTS_HEADER_RE.match, "ความคิดเห็น", True),
        (lb.COMMENTS_HEADER_RE.match, "Ý kiến (36)", True),
        # Alone, "Ý kiến" (opinions) is the menu's opinion section.
        (lb.COMMENTS_HEADER_RE.match, "Ý kiến", False),
    ],
)
def test_thai_and_vietnamese_furniture(matches, line, expected):
    assert bool(matches(line)) is expected


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("โดย ณัฐพล ศรีสุวรรณ", ["ณัฐพล ศรีสุวรรณ"]),
        ("โดย ณัฐพล ศรีสุวรรณ และ อรุณี ทองประเสริฐ", ["ณัฐพล ศรีสุวรรณ", "อรุณี ทองประเสริฐ"]),
        # A desk names nobody; "by" opening a sentence is no byline.
        ("โดย ทีมข่าวต่างประเทศ", None),
        ("โดยส่วนใหญ่เป็นผู้หญิง เด็ก และผู้สูงอายุ", None),
        ("โดย ที่ประชุมเห็นพ้องให้ตั้งคณะทำงานร่วมเพื่อเร่งส่งความช่วยเหลือ", None),
    ],
)
def test_thai_bylines(line, names):
    assert explicit_byline(line) == names


def test_a_thai_desk_under_the_byline_is_the_job_title():
    page = "\n".join(
        [
            "อาเซียนเร่งเปิดระเบียงมนุษยธรรมชายแดนไทย-เมียนมา",
            "โดย ณัฐพล ศรีสุวรรณ",
            "ทีมข่าวต่างประเทศ",
            "12 มี.ค. 2568 10:15 น.",
            "กรุงเทพฯ - นายมาริษ เสงี่ยมพงษ์ รัฐมนตรีว่าการกระทรวงการต่างประเทศ เปิดเผยเมื่อวันที่ 11"
            " มี.ค. ว่า ที่ประชุมรัฐมนตรีต่างประเทศอาเซียนเห็นพ้องให้ตั้งคณะทำงานร่วม",
            "ทั้งนี้ สำนักงานข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ ระบุว่า มีผู้หนีภัยข้ามมายังฝั่งไทยแล้วกว่า"
            " 20,000 คน โดยส่วนใหญ่เป็นผู้หญิง เด็ก และผู้สูงอายุ",
        ]
    )
    article = parse_seed(page, source="thai.txt").to_dict()
    assert [a["name"] for a in article["authors"]] == ["ณัฐพล ศรีสุวรรณ"]
    assert article["published"] == "2025-03-12"
    assert {"text": "ทีมข่าวต่างประเทศ", "reason": "author's job title"} in article["discarded"]


def test_a_reworded_browser_title_yields_to_the_printed_headline_under_the_masthead():
    page = "\n".join(
        [
            "Tàu Philippines và Trung Quốc đối đầu gần bãi cạn Scarborough - Báo Tin Nhanh",
            "Tin Nhanh",
            "Thứ Tư, 12/3/2025",
            "Thời sự",
            "Thế giới",
            "Kinh doanh",
            "Thế giới › Quân sự",
            "Thứ Tư, 12/3/2025, 14:05 (GMT+7)",
            "Tàu tuần duyên Philippines và Trung Quốc đối đầu gần bãi cạn Scarborough",
            "Tàu hải cảnh Trung Quốc phun vòi rồng vào một tàu của Cục Nghề cá Philippines gần"
            " bãi cạn Scarborough, khiến hai thủy thủ bị thương nhẹ, theo phía Manila.",
            "Lực lượng Bảo vệ Bờ biển Philippines hôm nay cho biết sự việc xảy ra vào sáng 11/3,"
            " khi tàu đang tiếp tế nhiên liệu cho các tàu cá của ngư dân.",
        ]
    )
    article = parse_seed(page, source="vi.txt")
    assert article.title.startswith("Tàu tuần duyên")
    assert not article.authors


_THAI_CONTEXT = (
    "กรุงเทพฯ - นายมาริษ เสงี่ยมพงษ์ รัฐมนตรีว่าการกระทรวงการต่างประเทศ เปิดเผยว่า ที่ประชุมเห็นพ้องให้ตั้งคณะทำงานร่วม"
)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The title and given name glued to the verb resolve to the full name given earlier.
        (
            'นายมาริษกล่าวว่า "ไทยพร้อมเป็นประตูส่งความช่วยเหลือ แต่ทุกอย่างต้องทำอย่างโปร่งใส'
            'และต้องไปถึงมือประชาชนที่เดือดร้อนจริง ๆ"',
            "มาริษ เสงี่ยมพงษ์",
        ),
        # A title glued to the word before it, a role between the name and the verb.
        (
            'ขณะที่นางสาวอรุณี ทองประเสริฐ ผู้ว่าราชการจังหวัดตาก กล่าวว่า "ขณะนี้ศูนย์พักพิงชั่วคราว'
            'รองรับคนได้อีกไม่เกิน 5,000 คน หากการสู้รบยืดเยื้อ"',
            "อรุณี ทองประเสริฐ",
        ),
        # Academic ranks chained before the name.
        (
            'ผศ.ดร.ธีรวัฒน์ จันทร์แก้ว อาจารย์ประจำคณะรัฐศาสตร์ ให้ความเห็นว่า "ระเบียงมนุษยธรรม'
            'จะเกิดขึ้นได้จริงก็ต่อเมื่อทุกฝ่ายที่สู้รบกันยอมรับ"',
            "ธีรวัฒน์ จันทร์แก้ว",
        ),
        # A given name may open with the letter that opens "นายก", the prime minister's title.
        (
            'นายกิตติ วงศ์สวัสดิ์ โฆษกกระทรวง กล่าวว่า "ทุกหน่วยงานต้องเตรียมพร้อมรับผู้หนีภัยการสู้รบตามแนวชายแดน"',
            "กิตติ วงศ์สวัสดิ์",
        ),
        # The prime minister's title is no name; a given name the article never gives in full.
        (
            'นายกรัฐมนตรีกล่าวว่า "ทุกหน่วยงานต้องเตรียมพร้อมรับผู้หนีภัยการสู้รบตามแนวชายแดนด้านตะวันตก"',
            None,
        ),
        (
            'นายสมชายกล่าวว่า "ทุกหน่วยงานต้องเตรียมพร้อมรับผู้หนีภัยการสู้รบตามแนวชายแดนด้านตะวันตก"',
            None,
        ),
        # No speech verb before the quotation.
        (
            'นายมาริษ เสงี่ยมพงษ์ เดินทางไปร่วม "การประชุมรัฐมนตรีต่างประเทศอาเซียนอย่างไม่เป็นทางการ'
            'ที่กรุงกัวลาลัมเปอร์"',
            None,
        ),
    ],
)
def test_inline_quote_speaker_in_thai(paragraph, speaker):
    found = [who for _, who in _inline(paragraph, _THAI_CONTEXT)]
    assert found == ([speaker] if speaker else [])


_VIETNAMESE_CONTEXT = (
    "“Chúng tôi sẽ không rút lui khỏi vùng biển mà ngư dân Philippines đã đánh bắt qua nhiều"
    " thế hệ”, phát ngôn viên PCG Jay Tarriela viết trên mạng xã hội X.\n"
    "Phát ngôn viên Bộ Ngoại giao Trung Quốc Mao Ninh tại cuộc họp báo thường kỳ cho rằng"
    " Manila “cố tình gây hấn”.\n"
    "Tổng biên tập: Nguyễn Văn Hòa\n"
    "Giám đốc Sở Y tế Hà Nội Trần Thị Mai cho biết bệnh viện đã sẵn sàng."
)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The name after the role and the organisation's acronym, before the verb.
        (
            "“Chúng tôi sẽ không rút lui khỏi vùng biển mà ngư dân Philippines đã đánh bắt qua"
            " nhiều thế hệ”, phát ngôn viên PCG Jay Tarriela viết trên mạng xã hội X.",
            "Jay Tarriela",
        ),
        # "ông" and a Western surname: the given name before it.
        (
            "“Hành động nguy hiểm này đe dọa trực tiếp tính mạng của những người đang làm nhiệm"
            " vụ”, ông Tarriela nói.",
            "Jay Tarriela",
        ),
        # "bà" and a Chinese family name, which opens the name, cut from the country before it.
        (
            "“Trung Quốc kêu gọi phía Philippines ngừng ngay các hành động khiêu khích”,"
            " bà Mao nói.",
            "Mao Ninh",
        ),
        # A Vietnamese given name, from the family name that opens the full name.
        (
            "Ông Hòa nói: “Báo sẽ tiếp tục đưa tin đầy đủ về các vụ việc trên biển”.",
            "Nguyễn Văn Hòa",
        ),
        # The family name nearest the given name: the city before it is no part of the name.
        (
            "“Các bệnh viện đã chuẩn bị đủ giường cho bệnh nhân trong mùa dịch”, bà Mai nói.",
            "Trần Thị Mai",
        ),
        # A name the article never gives in full; no speech verb.
        (
            "“Hành động nguy hiểm này đe dọa trực tiếp tính mạng của những người trên biển”,"
            " ông Santos nói.",
            None,
        ),
        (
            "Cảnh sát biển Trung Quốc tuyên bố đã “xua đuổi các tàu Philippines xâm nhập trái phép"
            " vùng biển” quanh bãi cạn.",
            None,
        ),
    ],
)
def test_inline_quote_speaker_in_vietnamese(paragraph, speaker):
    found = [who for _, who in _inline(paragraph, _VIETNAMESE_CONTEXT)]
    assert found == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Theo Reuters", True),
        ("Theo AFP, Reuters", True),
        ("Theo TTXVN", True),
        # "According to" opening a sentence.
        ("Theo PCG, hai tàu hải cảnh Trung Quốc đã áp sát ở khoảng cách chưa đầy 50 m.", False),
        ("Theo Minh Anh", False),
    ],
)
def test_a_vietnamese_agency_source_line_is_a_credit(line, expected):
    assert is_credit(line) is expected


_VIETNAMESE_TAIL_PAGE = "\n".join(
    [
        "Tàu tuần duyên Philippines và Trung Quốc đối đầu gần bãi cạn Scarborough",
        "Thứ Tư, 12/3/2025, 14:05 (GMT+7)",
        "Tàu hải cảnh Trung Quốc phun vòi rồng vào một tàu của Cục Nghề cá Philippines gần bãi"
        " cạn Scarborough, khiến hai thủy thủ bị thương nhẹ, theo phía Manila.",
        "Theo PCG, hai tàu hải cảnh Trung Quốc đã áp sát ở khoảng cách chưa đầy 50 m, phun vòi"
        " rồng trong gần 20 phút và làm hỏng hệ thống ăng-ten liên lạc của tàu Philippines.",
        "Bãi cạn Scarborough nằm cách đảo Luzon của Philippines khoảng 220 km và là một trong"
        " những điểm nóng thường xuyên xảy ra va chạm giữa tàu hai nước.",
        "Mỹ, đồng minh hiệp ước của Philippines, chưa bình luận về vụ việc mới nhất.",
        "Minh Anh",
        "Theo Reuters",
        "Chia sẻ",
        "Facebook",
        "Zalo",
        "Biển Đông",
        "Philippines",
        "bãi cạn Scarborough",
        "Tin liên quan",
        "Philippines triệu đại sứ Trung Quốc sau vụ va chạm ở bãi Cỏ Mây",
        "Mỹ, Nhật, Philippines tuần tra chung trên Biển Đông",
    ]
)


def test_a_bare_name_over_the_agencies_credit_signs_the_story():
    article = parse_seed(_VIETNAMESE_TAIL_PAGE, source="vi.txt")
    assert [a.name for a in article.authors] == ["Minh Anh"]


def test_a_bare_name_without_a_credit_under_it_signs_nothing():
    page = _VIETNAMESE_TAIL_PAGE.replace("Theo Reuters\n", "")
    assert not parse_seed(page, source="vi.txt").authors


def test_short_labels_between_the_share_buttons_and_the_related_block_are_tags():
    article = parse_seed(_VIETNAMESE_TAIL_PAGE, source="vi.txt")
    assert list(article.tags) == ["Biển Đông", "Philippines", "bãi cạn Scarborough"]


def test_an_author_card_under_the_share_buttons_is_no_tags():
    page = _VIETNAMESE_TAIL_PAGE.replace(
        "Biển Đông\nPhilippines\nbãi cạn Scarborough", "Jane Doe\nSenior Reporter"
    )
    assert not parse_seed(page, source="vi.txt").tags


def test_short_labels_under_the_share_buttons_with_no_widget_under_them_are_no_tags():
    page = _VIETNAMESE_TAIL_PAGE.split("\nTin liên quan")[0]
    assert not parse_seed(page, source="vi.txt").tags


# A think tank's commentary page: the institution's name over its menu, no browser title.
_THINK_TANK_PAGE = (
    "Halvard Institute for Public Policy\nResearch\nExperts\nEvents\nAbout\nSupport Us\nSearch\n"
    "Commentary\n"
    "Why the Harbour Towns Are Betting on Ferries Again\n"
    "Fuel prices and a new tunnel have changed the arithmetic of coastal transport. "
    "Ministers should take note.\n"
    "Jonas Eklund\nSenior Fellow, Transport Programme\nPublished 3 Mar 2025\n"
    + BODY
    + "The views expressed are the author's own and do not necessarily reflect those of the "
    "Halvard Institute for Public Policy.\n"
    "© 2025 Halvard Institute for Public Policy. Registered charity no. 1234567.\nPrivacy\n"
)


@pytest.mark.parametrize("footer", ["", "Halvard Institute for Public Policy\nContact us\n"])
def test_the_institutions_name_over_its_menu_is_no_headline(footer):
    article = _parse(_THINK_TANK_PAGE + footer)
    assert article.title == "Why the Harbour Towns Are Betting on Ferries Again"


def test_a_teasers_type_and_date_over_its_title_are_its_own():
    lines = [
        "Report | 12 Feb 2025",
        "Ferries and the New Coastal Economy",
        "Podcast | 9 Jan 2025",
        "Tunnels, Tolls and Trust",
    ]
    assert [rel for rel, _ in teaser_items(lines)] == [
        Related("Ferries and the New Coastal Economy", "2025-02-12", "Report"),
        Related("Tunnels, Tolls and Trust", "2025-01-09", "Podcast"),
    ]


def test_a_related_box_of_type_and_date_rows_over_titles_reads_each_card_whole():
    article = _parse(
        _THINK_TANK_PAGE.replace(
            "The views expressed",
            "Related research\nReport | 12 Feb 2025\nFerries and the New Coastal Economy\n"
            "Commentary | 28 Jan 2025\nTunnels, Tolls and Trust on the Western Coast\n"
            "Podcast | 9 Jan 2025\nWho Pays for the Bridges?\nThe views expressed",
        )
    )
    assert list(article.related) == [
        Related("Ferries and the New Coastal Economy", "2025-02-12", "Report"),
        Related("Tunnels, Tolls and Trust on the Western Coast", "2025-01-28", "Commentary"),
        Related("Who Pays for the Bridges?", "2025-01-09", "Podcast"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Share this commentary", True),
        ("Share this report", True),
        ("Pin it", True),
        ("Pin it to the wall of the council chamber, the mayor said.", False),
    ],
)
def test_share_buttons_name_what_they_share_and_pinterests_pin(line, expected):
    assert d.is_share_row(line) is expected


def test_an_about_the_author_box_vouches_for_a_bio_spelling_the_name_another_way():
    article = _parse(
        _THINK_TANK_PAGE.replace("Jonas Eklund", "Aleksander Eklund").replace(
            "© 2025",
            "About the author\nAleksander Eklund\nSenior Fellow, Ports and Shipping Programme\n"
            "Olek Eklund is a senior fellow at the institute, where he leads research on ports "
            "and shipping. Follow him on X at @jeklund_ports.\n© 2025",
        )
    )
    [author] = article.authors
    assert (author.name, author.aliases, author.handles) == (
        "Aleksander Eklund",
        ("Olek Eklund",),
        ("@jeklund_ports",),
    )
    assert author.bio.startswith("Olek Eklund is a senior fellow")
    assert "Aleksander Eklund" not in [b.text for b in article.blocks if isinstance(b, Heading)]


def test_a_sign_up_forms_name_and_short_pitch_over_its_email_field_are_the_boxs():
    article = _parse(
        _THINK_TANK_PAGE.replace(
            "© 2025",
            "Halvard Briefing\nOur sharpest thinking, every Monday.\nEmail address\n"
            "Subscribe\n© 2025",
        )
    )
    assert "Halvard Briefing\nOur sharpest thinking, every Monday.\nEmail address\nSubscribe" in [
        entry.text for entry in article.discarded
    ]


def test_every_question_under_a_faq_heading_heads_its_answer():
    questions = [
        "Is the ferry service running again?",
        "Which towns depend most on the ferry crossing to the islands?",
        "Would fares rise if the tunnel were closed for repairs?",
    ]
    answer = "Yes, and more often than before, according to the operator's timetable.\n"
    text = (
        "Why the Harbour Towns Are Betting on Ferries Again\nBy Jane Doe\n"
        + BODY
        + "Frequently Asked Questions\n"
        + "".join(q + "\n" + answer for q in questions)
    )
    headings = [b.text for b in _parse(text).blocks if isinstance(b, Heading)]
    assert headings == ["Frequently Asked Questions", *questions]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Disclaimer: This article is for informational purposes only and does not "
            "constitute financial or investment advice.",
            True,
        ),
        ("This post is provided for educational purposes only and is not medical advice.", True),
        ("The fund is for informational purposes only, the regulator said of the advice.", False),
    ],
)
def test_a_standard_not_advice_disclaimer_is_a_publisher_notice(line, expected):
    assert d.is_publisher_notice(line) is expected


# A news aggregator's repost of another outlet's story: the original's byline and date under
# the aggregator's sidebar, its app promotions and its copy of the browser title.

_REPOST_HEAD = (
    "Council delays the budget vote | Valley News\n"
    "Valley News\n"
    "Top Stories\n"
    "World\n"
    "Sign in\n"
    "Council delays the budget vote\n"
    "Trending\n"
    "Stocks slide as dollar gains\n"
    "1h ago\n"
    "Heatwave grips southern Europe\n"
    "3h ago\n"
)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Originally published by The Valley Courier on January 30, 2025", "2025-01-30"),
        ("Originally published in The Valley Courier on 30 January 2025.", "2025-01-30"),
        ("This story was first published by The Valley Courier on March 3, 2024", "2024-03-03"),
        ("Originally published on March 3, 2024 by The Valley Courier", "2024-03-03"),
        # A note of more than the credit, or with no date, is no date line.
        (
            "This article was first published in Russian by Vertikal on 11 March 2025. It has "
            "been translated and lightly edited for length.",
            None,
        ),
        ("Originally published by The Valley Courier", None),
        ("Originally published by The Valley Courier on Monday", None),
    ],
)
def test_a_syndication_credit_gives_the_original_publication_date(line, published):
    dl = d.original_publication(line)
    assert (dl.published if dl else None) == published


def test_a_sidebar_over_the_byline_does_not_take_the_byline_or_the_syndication_date():
    text = (
        _REPOST_HEAD
        + "Originally published by The Valley Courier on January 30, 2025\n"
        + "By Jane Roe\n"
        + BODY
    )
    article = _parse(text)
    assert [a.name for a in article.authors] == ["Jane Roe"]
    assert article.published == "2025-01-30"
    assert (
        "Trending\nStocks slide as dollar gains\n1h ago\nHeatwave grips southern Europe\n3h ago"
        in {entry.text for entry in article.discarded}
    )


def test_a_teaser_s_writer_over_its_time_stays_in_the_sidebar():
    text = (
        "Council delays the budget vote\n"
        + BODY
        + "Most read\nStocks slide as dollar gains\nBy Jo Hart\n1h ago\n"
        + "Heatwave grips southern Europe\nBy Ann Lee\n3h ago\n"
    )
    article = _parse(text)
    assert not article.authors
    assert article.discarded[-1].text.endswith("By Ann Lee\n3h ago")


def test_a_browser_title_with_the_headline_s_words_moved_is_the_browser_s_copy():
    text = (
        "Council budget vote delayed as auditors finish their report | Valley News\n"
        "Valley News\nTop Stories\nWorld\nSign in\n"
        "Council vote on the budget delayed as auditors finish their report\n"
        + BODY
        + "Council vote on the budget delayed as auditors finish their report\n"
        "Like\nComment\nShare\n"
    )
    article = _parse(text)
    assert article.title == "Council vote on the budget delayed as auditors finish their report"
    assert [entry.text for entry in article.discarded[:2]] == [
        "Council budget vote delayed as auditors finish their report | Valley News",
        "Valley News\nTop Stories\nWorld\nSign in",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Get the news faster with the Valley News app", True),
        ("The Times in your pocket!", True),
        # A sentence, or a long line that names no app at its end, is no promotion's title.
        ("Readers can now follow the council's budget vote live in our app.", False),
        ("Get the latest news and analysis from our reporters across the valley", False),
    ],
)
def test_an_app_promotion_s_title_may_name_the_app_at_its_end(line, expected):
    assert d.is_app_promo_title(line) is expected


def test_an_app_promotion_s_title_goes_with_its_store_badges():
    text = (
        "Council delays the budget vote\n"
        + BODY
        + "Get the news faster with the Valley News app\n"
        + "Download on the App Store\nGet it on Google Play\n"
        + "© 2025 Valley News Ltd.\n"
    )
    assert "Get the news faster with the Valley News app\nDownload on the App Store\n" + (
        "Get it on Google Play"
    ) in {entry.text for entry in _parse(text).discarded}


def test_a_source_s_name_under_the_headline_and_its_time_stamp_are_one_group():
    text = (
        "Council delays the budget vote | Valley News\n"
        "Valley News\nTop Stories\nWorld\nSign in\nLocal\n"
        "Council delays the budget vote\n"
        "The Valley Courier\n2 hours ago\n" + BODY
    )
    article = _parse(text)
    assert article.section == "Local"
    assert "The Valley Courier\n2 hours ago" in {entry.text for entry in article.discarded}


def test_a_time_stamp_s_own_label_under_the_headline_does_not_take_the_stamp():
    text = (
        "Middle East\nIran’s look east policy after the summit\n"
        "Published\n2 weeks ago\non\nOctober 20, 2024\n" + BODY
    )
    groups = {entry.text for entry in _parse(text).discarded}
    assert "2 weeks ago" in groups


_CHILDREN = "“My children were born here, and I need to know whether I can stay,”"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The name that opens the sentence before, described between commas, is its subject.
        (
            "Linda Hartman, a trader who sells cloth in the market, has lived in the town for "
            f"14 years. {_CHILDREN} she said.",
            "Linda Hartman",
        ),
        (f"Mark Owen moved to the valley in 2009. {_CHILDREN} he said.", "Mark Owen"),
        (f"Mark Owen, 45, was evacuated on Tuesday. {_CHILDREN} he added.", "Mark Owen"),
    ],
)
def test_he_said_names_the_subject_opening_the_sentence_before(paragraph, speaker):
    assert _inline(paragraph) == [(_CHILDREN.strip("“”,"), speaker)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # The name does not open the sentence: the flood is its subject.
        f"The flood reached the house of Linda Hartman on Tuesday. {_CHILDREN} she said.",
        f"On Tuesday the flood reached Mark Owen in his kitchen. {_CHILDREN} he said.",
        # A possessive opens the sentence: her son is its subject.
        f"Linda Hartman’s son was evacuated on Tuesday. {_CHILDREN} he said.",
        # Two subjects, or two people named.
        f"Linda Hartman and her husband were evacuated. {_CHILDREN} she said.",
        f"Linda Hartman met Mark Owen at the shelter. {_CHILDREN} he said.",
        # The other pronoun in the sentence or in the quotation: "she" is someone else.
        f"Mark Owen lost his home on Tuesday. {_CHILDREN} she said.",
        "Mark Owen, 45, was found at home. “He was the kindest man I knew,” she said.",
        # The one the sentence tells of dying is spoken of, not speaking.
        f"Mark Owen, 45, died at the scene on Tuesday. {_CHILDREN} she said.",
        f"Linda Hartman was killed when the bridge gave way. {_CHILDREN} he said.",
        # A single word opening a sentence may be a place or any word.
        f"Hartman lies on the river. {_CHILDREN} she said.",
        # The quotation does not open its sentence.
        f"Linda Hartman moved to the valley in 2009. Her sister said {_CHILDREN} she said.",
    ],
)
def test_he_said_after_a_sentence_not_opened_by_its_one_subject_has_no_speaker(paragraph):
    assert [s for _, s in _inline(paragraph)] == []


def test_he_said_paragraph_takes_no_subject_of_a_sentence_without_speech_above():
    text = (
        _FLOOD_HEAD + "Mark Owen moved to the valley in 2009.\n"
        "“The defences were built for a one-in-a-hundred-year flood, and this was worse,” he "
        "said.\n"
    )
    assert _quote_speakers(text) == []


# A magazine feature: a drop cap, a print-issue note, a bio spelling the byline's name apart


_FERRY = (
    "n a windless morning in March, the ferry finally left the port, eleven days after its "
    "cargo had arrived by train from the border."
)


def test_drop_cap_on_its_own_line_joins_the_paragraph_it_opens():
    text = "Ferries wait for the wind on the Caspian\nBy Ana Lima\nO\n" + _FERRY + "\n" + BODY
    article = _parse(text)
    assert article.blocks[0] == Paragraph("O" + _FERRY)
    assert all("O" not in entry.text.split("\n") for entry in article.discarded)


@pytest.mark.parametrize(
    ("letter", "paragraph"),
    [
        # "A" and "I" are words: "a list of …" or "think …" would make no word joined to them,
        # and both stay as they were printed.
        ("A", "list of the measures the council has agreed to take this year, as published."),
        ("I", "think the council has made a mistake and the auditors will say so next month."),
        # A short line under a letter: an index's or a glossary's entry.
        ("B", "budget: the council's plan."),
    ],
)
def test_lone_letter_over_a_line_that_is_no_drop_cap_stays_apart(letter, paragraph):
    text = (
        "Council delays the budget vote\nBy Ana Lima\n" + BODY + "A council member said a word "
        "on it.\nI was there.\n" + letter + "\n" + paragraph + "\n" + BODY
    )
    paragraphs = [b.text for b in _parse(text).blocks if isinstance(b, Paragraph)]
    assert letter + paragraph not in paragraphs


def test_drop_cap_that_is_a_word_itself_joins_when_only_the_whole_word_is_one():
    # "I" is a word of the page, and so is "It"; "t" is none.
    rest = "t was a windless morning in March when the ferry finally left the port."
    # "t" of "don't" is no word of its own.
    text = "Ferries wait for the wind\nBy Ana Lima\nI\n" + rest + "\nI saw it go. It was late.\n"
    text += "We don't know when it will sail again, the port's captain said on Monday.\n"
    assert _parse(text).blocks[0] == Paragraph("I" + rest)


@pytest.mark.parametrize(
    ("byline", "bio_name"),
    [
        ("Hannah Okafor-Lind", "Hannah Okafor Lind"),
        ("Jean-Pierre Dubois", "Jean Pierre Dubois"),
    ],
)
def test_double_barrelled_name_with_or_without_its_hyphen_is_the_same_person(byline, bio_name):
    assert same_person(byline, bio_name)


def test_bio_closing_the_page_spelt_without_the_bylines_hyphen_is_its_authors():
    bio = "Maria Lopez Garcia is a contributing writer based in Lima. She is on X at @mlg."
    text = "Council delays budget vote\nBy Maria Lopez-Garcia\n" + BODY + bio + "\n"
    (author,) = _parse(text).authors
    assert (author.aliases, author.bio, author.handles) == (("Maria Lopez Garcia",), bio, ("@mlg",))


def test_bluesky_handle_keeps_its_host_and_a_domain_is_no_handle():
    text = "She is on Bluesky at @hokaf.bsky.social. Write to @example.org or @kev."
    assert handles_in(text) == ["@hokaf.bsky.social", "@kev"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "This article appears in the June 2025 issue of The Harbour Quarterly, with the "
            "headline “A Long Wait at the Quay.”",
            True,
        ),
        ("This article appears in the June 2025 print edition with the headline “Quay.”", True),
        ("This story appeared in the spring issue of the magazine.", True),
        # A sentence of the text about an issue.
        ("This article appears to raise the issue of who pays for the new quay.", False),
        (
            "The minister said the issue of the June 2025 budget would appear in the headline "
            "of every paper.",
            False,
        ),
    ],
)
def test_magazine_issue_note_with_the_print_headline_is_a_print_edition_note(line, expected):
    assert d.is_print_edition_note(line) is expected


@pytest.mark.parametrize(
    "offer",
    [
        "Four print issues a year, plus full digital access, from $39.",
        "Unlimited digital access for £4.99 a month. Cancel anytime.",
    ],
)
def test_price_under_a_subscribe_pitch_is_the_same_box(offer):
    text = "Council delays budget vote\nBy Ana Lima\n" + BODY + "Subscribe to the magazine\n"
    text += offer + "\n"
    groups = [entry.text for entry in _parse(text).discarded]
    assert "Subscribe to the magazine\n" + offer in groups


def test_price_in_the_article_text_is_no_subscription_offer():
    line = "The magazine now costs $39 a year, up from $29, its publisher said on Monday."
    text = "Council delays budget vote\nBy Ana Lima\n" + BODY + line + "\n" + BODY
    assert Paragraph(line) in _parse(text).blocks


# A WordPress news theme: its top bar, tabbed related box and "About us" footer


@pytest.mark.parametrize("line", ["Sign in / Join", "Log in / Register", "Login / Sign up"])
def test_account_links_split_by_a_slash_are_no_breadcrumb_trail(line):
    assert d.breadcrumb_parts(line) is None


def test_account_links_over_the_menu_are_site_navigation():
    text = (
        "Sign in / Join\nThe Valley Ledger\nHOME\nWORLD\nECONOMY\nWorld\n"
        "Council delays budget vote\nBy Ana Lima\n" + BODY
    )
    article = _parse(text)
    assert article.section == "World"
    assert any(entry.text.startswith("Sign in / Join") for entry in article.discarded)


def test_account_links_are_never_the_title():
    assert _parse("Sign in / Join\n\nCouncil delays budget vote\n" + BODY).title == (
        "Council delays budget vote"
    )


def test_related_box_tabs_over_one_list_are_both_its_labels():
    box = (
        "RELATED ARTICLES\nMORE FROM AUTHOR\nWorld\nBulgaria and Romania sign a demining protocol\n"
        "May 6, 2025\nEconomy\nSteel exporters test the river route to the sea\nMay 2, 2025\n"
    )
    article = _parse("Council delays budget vote\nBy Ana Lima\n" + BODY + box)
    assert [r.title for r in article.related] == [
        "Bulgaria and Romania sign a demining protocol",
        "Steel exporters test the river route to the sea",
    ]
    assert all("RELATED ARTICLES" not in entry.text for entry in article.discarded)


def test_site_description_under_the_footers_about_us_is_the_footers():
    footer = (
        "ABOUT US\nThe Valley Ledger is an independent news site covering the river towns.\n"
        "Contact us: newsroom@valleyledger.example\n"
        "© 2025 The Valley Ledger. All rights reserved."
    )
    text = "Council delays budget vote\nBy Ana Lima\n" + BODY + "\n" + footer + "\n"
    assert footer in [entry.text for entry in _parse(text).discarded]


# Wire copy republished by another outlet


def test_a_role_in_lower_case_before_the_name_lets_he_said_take_the_speaker():
    paragraph = (
        "“Every tanker we list can no longer call at a European port,” Estonian diplomat "
        "Anu Tamm told reporters. “That makes every voyage more expensive,” she said."
    )
    assert _inline(paragraph) == [
        ("Every tanker we list can no longer call at a European port", "Anu Tamm"),
        ("That makes every voyage more expensive", "Anu Tamm"),
    ]


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        (
            "Reporting by Jane Doe and John Roe; Additional reporting by Al Poe in Warsaw; "
            "Editing by Mark Heinrich",
            ["Jane Doe", "John Roe"],
        ),
        (
            "(Reporting by Jane Doe in Kyiv and John Roe in Moscow; Writing by Ana Lima; "
            "Editing by Alex Richardson)",
            ["Jane Doe", "John Roe"],
        ),
        ("Reporting by Jane Doe, Writing by Ana Lima, Editing by Al Roe", ["Jane Doe"]),
        ("Writing by Ana Lima; Editing by Al Roe", []),
        ("Additional reporting by Al Poe; Editing by Mark Heinrich", []),
    ],
)
def test_wire_credit_reporters_are_the_authors_when_no_byline_names_one(credit, names):
    article = _parse("Council delays the budget vote\nWire Services\n" + BODY + credit)
    assert [a.name for a in article.authors] == names
    assert article.credits == (credit,)


def test_a_byline_wins_over_the_wire_credit_reporters():
    credit = "Reporting by Jane Doe and John Roe; Editing by Mark Heinrich"
    article = _parse("Council delays the budget vote\nBy Jane Doe\n" + BODY + credit)
    assert [a.name for a in article.authors] == ["Jane Doe"]


def test_a_teasers_clock_time_is_its_stamp_not_a_teaser():
    lines = [
        "Poland to extend border buffer zone by 90 days",
        "5:12 PM UTC",
        "Kremlin says truce offer still stands",
        "15:47 GMT",
        "Baltic states complete grid drills",
        "May 7, 2025",
    ]
    assert [rel for rel, _ in teaser_items(lines)] == [
        Related("Poland to extend border buffer zone by 90 days", None, None),
        Related("Kremlin says truce offer still stands", None, None),
        Related("Baltic states complete grid drills", "2025-05-07", None),
    ]


def test_a_passive_covered_by_is_no_journalists_bio():
    line = (
        "Ukrainian President Anton Kovalenko has urged the EU to go further and target Russian "
        "gas, which is not covered by the current draft."
    )
    assert bio_subject(line) is None
    assert bio_subject("Jane Doe has covered politics for the Daily Post since 2015.") == "Jane Doe"


def test_a_republication_notice_under_licence_is_a_credit():
    assert is_credit(
        "This story was provided by Globe Wire and republished by The Daily Post under "
        "licence. The Post has not edited the text."
    )
    assert not is_credit("This story was provided by readers and checked by our editors.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Disclaimer: This story has been published as part of the Daily Post's regional desk "
            "coverage. The Daily Post is not responsible for the accuracy of figures provided by "
            "government agencies.",
            True,
        ),
        ("Disclaimer: The Daily Post is not liable for the content of external sites.", True),
        ("The ministry said it was not responsible for the accuracy of the figures.", False),
    ],
)
def test_a_disclaimer_that_the_outlet_is_not_responsible_is_a_publisher_notice(line, expected):
    assert d.is_publisher_notice(line) is expected


def test_purchase_licensing_rights_under_a_caption_is_the_captions():
    caption = "FILE PHOTO: A tanker sails near Tallinn, Estonia, January 14, 2025. Wire/File Photo"
    article = _parse(
        "Council delays the budget vote\nBy Jane Doe\n"
        + caption
        + "\nPurchase licensing rights\n\n"
        + BODY
    )
    assert [x.text for x in article.discarded] == [caption + "\nPurchase licensing rights"]


# Blog sidebars, pagination


def test_page_number_suffix_is_no_part_of_the_title():
    for suffix in (" (page 2)", " (Page 2 of 3)"):
        text = "Council delays the budget vote" + suffix + "\nBy Jane Doe\n" + BODY
        assert _parse(text).title == "Council delays the budget vote"


def test_pagination_links_are_discarded_as_one_run():
    bottom = "Continue reading on the next page\nPage 2 of 3\n« Previous page\n1\n2\n3\nNext page »"
    top = "Page 2 of 3\n« Previous page\nNext page »"
    text = (
        "Council delays the budget vote\nBy Jane Doe\nJanuary 19th, 2025\n"
        + top
        + "\n"
        + BODY
        + bottom
        + "\nShare this article\nFacebook\nEmail\n"
    )
    reasons = _reasons(text)
    assert reasons[top] == "pagination links"
    assert reasons[bottom] == "pagination links"


def test_site_description_over_the_footer_links_is_the_footers_not_the_lists():
    footer = (
        "The Town Dispatch is a reader-funded newsroom covering the valley.\n"
        "About | Contact | Ethics policy | Privacy\n© 2025 The Town Dispatch"
    )
    most_read = "Most read\nWhy the bridge is still closed\nThe mayor's new budget, explained"
    text = (
        "Council delays budget vote - The Town Dispatch\nCouncil delays budget vote\n"
        "By Ana Lima\n" + BODY + most_read + "\n" + footer + "\n"
    )
    texts = [entry.text for entry in _parse(text).discarded]
    assert most_read in texts
    assert footer in texts


def test_blog_sidebar_lists_after_the_article_are_one_group_and_no_tags():
    sidebar = (
        "Archives\nMarch 2025\nFebruary 2025\nJanuary 2025\n"
        "Categories\nPolitics (112)\nEurope (87)\nTrade & Shipping (54)\n"
        "Blogroll\nThe River Desk\nHarbour Weekly"
    )
    text = (
        "Council delays the budget vote\nBy Jane Doe\n" + BODY + "Tags: Budget, Council\n"
        "Share this:\nFacebook\nEmail\n" + sidebar + "\n© 2025 The Town Blog\n"
    )
    article = _parse(text)
    assert list(article.tags) == ["Budget", "Council"]
    assert sidebar in [entry.text for entry in article.discarded]


def test_categories_list_without_post_counts_stays_the_articles_tags():
    text = "Council delays the budget vote\nBy Jane Doe\n" + BODY + "Categories\nBudget\nCouncil\n"
    assert list(_parse(text).tags) == ["Budget", "Council"]


def test_label_over_the_headline_listed_in_the_sidebar_categories_is_the_section():
    text = (
        "The Town Blog\nHome\nAbout\nEssays\nContact\nPolitics\n"
        "Council delays the budget vote\nBy Jane Doe\n" + BODY + "Share this:\nFacebook\n"
        "Categories\nPolitics (112)\nEurope (87)\nTrade (54)\n"
    )
    assert _parse(text).section == "Politics"


def test_a_ticker_label_pointing_at_its_items_is_a_breaking_news_ticker():
    line = "BREAKING NEWS » Floods: evacuees rise to 2,140 ◆ Ringgit opens higher"
    assert d.is_breaking_ticker(line)


def test_a_corrections_link_is_a_feedback_prompt():
    assert d.is_feedback_prompt("Found a mistake in this article? Report it here.")
    assert d.is_feedback_prompt("Spotted an error in this story?")
    assert not d.is_feedback_prompt("Found a mistake in this article? The minister denied it.")


def test_a_tags_and_keywords_label_opens_the_tag_box():
    text = (
        "Council delays the budget vote\nBy Jane Doe\n" + BODY + "Tags / Keywords:\n"
        "Budget , Council , Town Hall\n"
    )
    assert list(_parse(text).tags) == ["Budget", "Council", "Town Hall"]


def test_a_version_in_the_print_edition_under_its_headline_is_a_print_edition_note():
    note = (
        "A version of this article appeared in the print edition of The Malaysian Courier on "
        '13 November 2025, under the headline "Protest note over ship at Luconia".'
    )
    assert d.is_print_edition_note(note)


def test_a_caption_closing_with_a_file_picture_credit_is_a_caption():
    assert d.is_image_credit("The shoals lie within the exclusive economic zone. – Filepic")
    assert d.is_image_credit("Fishermen at the jetty in Miri. — File photo")
    assert not d.is_image_credit("The minister said the file was closed – for now.")


def test_given_names_resolve_to_the_one_full_name_they_open():
    index = NameIndex(
        "Foreign Minister Datuk Seri Mohd Faizal Rahman said the ship had left.\n"
        "Mohd Faizal told reporters on Wednesday that talks would go on."
    )
    assert index.resolve("Mohd Faizal") == "Mohd Faizal Rahman"
    assert index.resolve("Jane Doe") == "Jane Doe"


def test_a_sections_trending_list_ends_the_comment_thread_above_it():
    trending = "Trending in Nation\nFlash floods: evacuees rise to 2,140\nCabinet approves new wage"
    text = (
        "Council delays the budget vote\nBy Jane Doe\n" + BODY + "18 Comments\nLogin to comment\n"
        "SarawakBoy88\n2 hours ago\nGood. About time.\nLike (24) Reply\nLoad more comments\n"
        + trending
        + "\n"
    )
    assert trending in [entry.text for entry in _parse(text).discarded]


def test_site_description_under_a_newsletter_box_is_the_publishers_notice():
    blurb = "The Town Dispatch is the investigative newsroom of the Valley Foundation, in Ohio."
    text = (
        "Council delays budget vote - The Town Dispatch\nCouncil delays budget vote\n"
        "By Ana Lima\n" + BODY + "Get our investigations in your inbox\nEmail address\n"
        "Subscribe\n" + blurb + "\nAbout\nContact\nPrivacy\n© 2025 The Town Dispatch\n"
    )
    assert _reasons(text)[blurb] == "publisher notice"


def test_a_newsletters_sponsor_message_under_its_label_is_an_advertisement():
    ad = (
        "A message from the Atlas Shipbuilding Alliance:\n"
        "Our shipyards delivered five ships last year. The Maritime Act would rebuild the fleet."
    )
    text = "Senate readies a sanctions vote\nBy Jane Doe\n" + BODY + ad + "\n" + BODY
    assert _reasons(text)[ad] == "advertisement"
    assert not d.is_sponsor_message("A message from the mayor: the road reopens on Monday.")
    for label in [
        "A message from the Editor:",
        "A message from the Mayor:",
        "A message from our team:",
        "A message from the Deputy Editor:",
        "A message from the Prime Minister:",
    ]:
        assert not d.is_sponsor_message(label), label


def test_a_podcast_promotion_closed_by_its_platforms_is_the_sites():
    assert d.is_site_promo(
        "Listen to the Daybook Deep Dive: Eliza and Marcus on the sanctions fight. "
        "Apple Podcasts | Spotify"
    )
    assert not d.is_site_promo("Listen to the voters, she said, and not to Spotify.")


def test_a_newsletters_last_rubric_listing_names_is_text():
    birthdays = (
        "HAPPY BIRTHDAY: Sen. Priya Menon (D-Wash.) … former Ambassador to NATO Greg Halvorsen "
        "… The Rotunda’s Jenna Fox and Sam Adeyemi."
    )
    text = (
        "Senate readies a sanctions vote\nBy Jane Doe\n" + BODY + birthdays + "\n"
        "Thanks to our editor, Will Brandt, and producer Nia Coleman.\n— Jane\n"
    )
    assert Paragraph(birthdays) in _parse(text).blocks


def test_a_listen_button_its_progress_and_its_synthetic_voice_note_are_one_audio_player():
    text = (
        "Council delays the budget vote\n"
        "Listen to the article\n00:00 / 04:52\n"
        "Automatically generated voice. Give us feedback on the voice.\n" + BODY
    )
    parsed = _parse(text)
    assert parsed.discarded[0].text == (
        "Listen to the article\n00:00 / 04:52\n"
        "Automatically generated voice. Give us feedback on the voice."
    )
    assert parsed.discarded[0].reason == "audio player"


def test_author_cards_under_a_text_to_speech_player_are_the_bylines():
    text = (
        "Council delays the budget vote\n"
        "The council will not vote on the budget before the auditors report, its leader said.\n"
        "Listen to the article\n00:00 / 04:52\n"
        "Automatically generated voice. Give us feedback on the voice.\n"
        "Kari Nordmann\nJournalist\nOla Berg\nJournalist, NRB Troms\n"
        "Published 12.11.2025, 07:14\n" + BODY
    )
    parsed = _parse(text)
    assert [a.name for a in parsed.authors] == ["Kari Nordmann", "Ola Berg"]
    assert {"Journalist", "Journalist, NRB Troms"} <= {e.text for e in parsed.discarded}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Hide fact box", True),
        ("Skjul faktaboks", True),
        ("Visa faktarutan", True),
        ("Hide and seek", False),
    ],
)
def test_a_fact_boxs_fold_button_is_page_chrome(line, expected):
    assert d.is_post_chrome(line) is expected


def test_a_short_pitch_between_a_newsletters_title_and_its_email_field_is_the_boxs():
    box = (
        "Get The Beacon in your inbox\nA weekly summary of the most important news.\n"
        "Your email address\nSign up"
    )
    parsed = _parse("Council delays the budget vote\n" + BODY + box + "\n")
    assert parsed.discarded[-1].text == box


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Editor-in-chief: Vibeke Strand Olsen", True),
        ("News editor: Petter Ask", True),
        ("Ansvarlig redaktør: Kari Nordmann", True),
        # The story's own editor, credited under it.
        ("Editor: Jane Doe", False),
    ],
)
def test_the_mastheads_editors_in_an_imprint_are_footer_lines(line, expected):
    assert d.is_footer_link(line) is expected


def test_an_imprint_under_the_article_opening_with_the_sites_name_is_the_footer():
    imprint = (
        "The Beacon – Beacon Media Group Ltd\nEditor-in-chief: Jane Doe\nNews editor: John Roe\n"
        "The Beacon is responsible for the content on beacon.example.org.\nAbout us\nPrivacy"
    )
    title = "Council delays the budget vote – The Beacon\nCouncil delays the budget vote\n"
    parsed = _parse(title + BODY + imprint + "\n")
    assert parsed.discarded[-1].text == imprint
