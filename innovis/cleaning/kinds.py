"""The evidence that tells what a block of a page is, one test a kind.

Each test looks at the shape of one block, not at any one site's wording: its length, whether
it ends like a sentence, words of position in parentheses ("(third from left)") that only photo
captions use, e-mail addresses and telephone numbers, words that only buttons and menus are made
of. What comes before a block (an "About …" or "Media enquiries" heading, the body not yet
begun) is weighed by `page.py`, which calls these.
"""

from __future__ import annotations

import re

from .datelines import dateline_end
from .endings import ends_sentence

_WORD = re.compile(r"[^\W\d_][\w’'&.-]*")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# A full stop, then a capital: a sentence may end there, unless the word before it is an
# initial, a title or a company form ("A.B. Chan", "The Hon. CY Leung", "Acme Co. Ltd").
_STOP = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z“\"(])")
_NOT_AN_END = re.compile(
    r"(?:^|[^\w.])(?:[A-Z]|Mrs?|Ms|Dr|Hon|Prof|Ir|Ltd|Inc|Co|No|St|Jr|Sr|vs|Dept|Govt|Corp)$"
    r"|[A-Z]\.[A-Z]$"
)

# A row of stars, dashes or footnote marks; "Ends", "-30-", "###" and "NNNN" closing a release.
_NOISE = re.compile(
    r"[\W_\d]{0,3}(?:ends?|end of (?:press )?release|nnnn|-?30-?|#{3,})?[\W_]{0,3}",
    re.IGNORECASE,
)
# A word alone in lower case, or a language code after a list marker ("• zh_cn").
_STRAY_WORD = re.compile(r"[a-z]+|(?:[-*+•·▪●◦‣]\s*)?[a-z]{2}(?:[_-][a-zA-Z]{2,4})?")
# "Ends/Thursday, February 2, 2023", "- End -  12 May": a closing mark with its date.
_CLOSING = re.compile(r"[\W_]{0,3}ends?\s*(?:/|\s[–—-]\s)", re.IGNORECASE)
# A release's closing mark alone: "Ends", "- End -", "###", "-30-", "End of press release".
_CLOSE_MARK = re.compile(
    r"[\W_]{0,3}(?:ends?|end of (?:press )?release|nnnn|-?30-?|#{3,})[\W_]{0,3}", re.IGNORECASE
)
# How the profile of an organisation opens, which "About …" boilerplate is: "Harbour Park
# Corporation (HPC) is a statutory body …", "Founded in 2008, Harbour Park is one of …".
_PROFILE = re.compile(
    r"(?:(?i:founded|established|set up|incorporated|launched) in \d{4},\s*)?(?:(?i:the)\s+)?"
    r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|for|the|de|&)){0,10}"
    r"\s*(?:\([^()]{2,30}\))?,?\s+(?:is|was|has been)\s+(?:a|an|the|one of)\s"
)

# Positions photo captions give people: "(left)", "(second from right)", "(3rd left)",
# "(centre)", "(front row, fourth from left)", "(standing, far right)", "(L-R)", "(left 4)",
# "(from left to right)", "(L to R)".
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|far|extreme"
    r"|\d{1,2}(?:st|nd|rd|th)?)"
)
_POSITION = re.compile(
    rf"\((?:[\w ]{{1,25}},\s*)?(?:{_ORDINAL}\s+)?(?:from\s+(?:the\s+)?)?"
    rf"(?:left|right|centre|center|middle)"
    rf"(?:\s*\d{{1,2}})?(?:\s+to\s+right)?\)"
    rf"|\((?:from )?(?:l|left)\s*(?:[-–]|to)\s*(?:r|right)\)|\((?:front|back|top|bottom) row\)",
    re.IGNORECASE,
)
# A caption's opening: "Photo 1:", "Photos 4&5:", "Photo 2 and 3 –", "Image: …", "Caption:",
# "Above:", "Pictured:"; and a pull quote's ("Pull quote:"), which repeats the body beside it.
CAPTION_OPENING = re.compile(
    r"(?:(?:photos?|pictures?|pics?|images?|captions?|above|below|pictured|inset)"
    r"(?:\s+captions?)?(?:\s*\d{1,2}(?:\s*(?:&|and|to|[,–—-])\s*\d{1,2})*)?"
    r"|pull(?:out|-out)?\s+quotes?)\s*[:：–—-]",
    re.IGNORECASE,
)
# A photo credit closing a caption: "… Photo: Jo Lee", "Photo by Jo Lee", "Image credits: X",
# "Photo supplied.", "Photo courtesy of the Daily", "(Photo/Jo Lee)", "(Provided to the Daily)".
_CREDIT = re.compile(
    r"(?:^|[\s.])(?:photos?|pictures?|images?|photographs?)(?:\s+(?:credits?|courtesy))?"
    r"\s*(?:[:：]|by\b)\s*(?-i:[A-Z])[^.:;!?()]{0,60}\.?$"
    r"|(?:^|[\s.])(?:photos?|pictures?|images?|photographs?)\s+(?:supplied|provided|courtesy)"
    r"(?:\s+(?:of|by)\s+(?:the\s+)?(?-i:[A-Z])[^.:;!?()]{0,60})?\.?$"
    r"|\([^()]{0,30}\b(?:photos?|pictures?|images?|provided to|courtesy)\b[^()]{0,60}\)\.?$",
    re.IGNORECASE,
)
# Longer than any credit `_CREDIT` finds: it is sought in a block's last characters only.
_CREDIT_REACH = 160
_CAPTIONS_HEADING = re.compile(
    r"(?:(?:photos?|pictures?|images?)(?:\s+captions?)?|captions?)\s*[:：]?", re.IGNORECASE
)
# A photo's number over its caption: "Photo 1", "Photos 2 & 3", "Picture 4:".
_PHOTO_NUMBER = re.compile(
    r"(?:photos?|pictures?|images?)(?:\s+captions?)?\s*\d{1,2}"
    r"(?:\s*(?:&|and|to|[,–—-])\s*\d{1,2})*\s*[:：]?",
    re.IGNORECASE,
)
# The dateline that opens a release's body: "(Hong Kong, 3 May 2024) –", "HONG KONG, May 3,
# 2024 /Wire/ –", "HONG KONG SAR – Media OutReach Newswire – 3 May 2024 –", "HONG KONG--()--".
_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})"
_DATELINE = re.compile(
    rf"\((?=[^()]*\d{{4}})[^()]{{3,60}}\)\s*[–—:-]"
    rf"|[A-Z]{{2,}}(?:[ ,.]+[A-Z]{{2,}})*(?:,?\s*{_DATE})?\s*(?:/[^/\n]{{2,40}}/\s*)?"
    rf"(?:--\(\)--|[–—:-])"
    rf"|{_DATE},\s*[A-Z][\w ]{{1,30}}?\s*[–—-]"
)
# What people in a photo do: captions are written in the present tense.
_CAPTION_VERB = re.compile(
    r"\b(?:officiate|officiates|pose|poses|posing|pictured|photographed|group photo|"
    r"is seen|are seen|(?:at|during) the (?:\w+ )?(?:ceremony|launch))\b",
    re.IGNORECASE,
)

# "Dr X, Chairman of Y, presents the prize to …": a titled person doing, in the present tense,
# what people in a photo are seen doing.
_PRESENT_SCENE = re.compile(
    r"(?:(?:the\s+)?(?:mr|mrs|ms|miss|dr|prof|professor|ir|hon|sir|dame)\.?\s+)+"
    r"[^,;:()]{1,60}?(?:\s*\([^()]{1,40}\))?(?:,\s*[^,]{2,120},)?"
    r"(?:\s+and\s+[^,;:]{1,60}?(?:,\s*[^,]{2,120},)?)?\s+"
    r"(?:speaks?|delivers?|presents?|receives?|tours?|visits?|watches|watch|meets?|attends?|"
    r"chats?|shakes?|signs?|unveils?|address(?:es)?|officiates?|poses?|demonstrates?|tries|"
    r"listens?|views?|inspects?|hands?|accepts?|launches|launch|welcomes?|congratulates?|"
    r"toasts?|cuts?|rings?|plants?|tests?)\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?:\b(?:tel|telephone|phone|fax|mobile|mob|t|f|m)\b\.?\s*[:：]?\s*)?"
    r"\(?\+?\d{1,4}\)?[\s.-]?\(?\d{2,5}\)?[\s.-]\d{3,5}(?:[\s.-]\d{2,5})?"
)
_CONTACT_FIELD = re.compile(
    r"^(?:tel|telephone|phone|fax|mobile|e-?mail|website|web|address)\b\.?\s*[:：]", re.I
)
# Headings that open the contact part of a release.
_CONTACT_HEADING = re.compile(
    r"(?:(?:for )?media (?:enquiries|inquiries|contacts?|relations)|press (?:enquiries|"
    r"inquiries|contacts?)|contacts?(?: us| information| details)?|enquiries|inquiries|"
    r"for (?:more|further) (?:information|details)|issued by)\b",
    re.IGNORECASE,
)
# Headings that open a boilerplate part: "About <organisation>", "Notes to editors".
_ABOUT_HEADING = re.compile(
    r"(?:(?i:about)\s+(?:(?i:the)\s+)?[A-Z\u00c0-\u024f\u4e00-\u9fff]"
    r"|(?i:notes? to (?:the )?editors?)\b)"
)
# What buttons, menus and share bars are made of.
_INTERFACE = frozenset(
    """
    skip to main content navigation menu home top back next previous prev more read share
    sharing print printer friendly version email e-mail facebook twitter x linkedin whatsapp
    weibo wechat telegram line instagram youtube copy link download pdf subscribe search close
    font text size a a+ a- go page view all related news press releases this on via tweet like
    photo photos video videos audio gallery album slideshow enlarge zoom / & article articles
    advertisement advertisements ad ads sponsored comment comments logo language english
    chinese traditional simplified 中文 繁體 繁体 简体 繁體中文 繁体中文 简体中文 簡體中文
    get it on the to our your us in of and google play app store newsletter submit follow sign
    up log login logout register privacy policy terms use sitemap site map disclaimer cookie
    cookies accessibility contact copyright rights reserved save as adjust jump click leave reply
    cancel viewing browse
    """.split()
)
_INTERFACE_WORDS = 10
# What a link says of itself: "(Opens in new window)".
_NEW_WINDOW = re.compile(r"\(opens? in (?:a )?new (?:window|tab)\)", re.IGNORECASE)
# What a site prints under every page: "Copyright © 2024 …", "All rights reserved"; and the
# links beside it, which are no sentence: "Privacy Policy", "Terms of Use".
_SITE_NOTICE = re.compile(
    r"(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}|[A-Z])|copyright\s+\d{4}|all rights reserved",
    re.IGNORECASE,
)
_NOTICE_MARK = re.compile(r"©|\(c\)|copyright|reserved|privacy|cookie|terms", re.IGNORECASE)
_SITE_LINK = re.compile(
    r"(?:privacy|cookie) (?:policy|notice|statement)|terms (?:of|and) (?:use|service|conditions)",
    re.IGNORECASE,
)
# What a page's scripts and players print in place of what they show: "Getting your audio
# player ready…", "Listen to this article", "Your browser does not support the video tag",
# "Please enable JavaScript"; and a comment form's: "Your email address will not be published".
_SCRIPT_NOTICE = re.compile(
    r"(?:getting (?:your|the) [\w ]{0,30}player ready|listen to (?:this|the) (?:article|story|page)"
    r"|(?:your|this) browser does(?: not|n[’']t) support|(?:please )?(?:enable|turn on) javascript"
    r"|javascript (?:is )?(?:required|disabled)|e-?mail address will not be published"
    r"|required fields are marked)",
    re.IGNORECASE,
)
# What a wire service adds under every release it carries: "The issuer is solely responsible
# for the content of this announcement.", "This press release was distributed by …".
_WIRE_NOTICE = re.compile(
    r"\bsolely responsible for the content\b"
    r"|\b(?:this|the) (?:press release|news release|announcement) (?:is|was|has been) "
    r"(?:distributed|issued|disseminated|transmitted) (?:by|via|on)\b"
    r"|\bdistributed by\b.{0,40}\bon behalf of\b",
    re.IGNORECASE,
)
_WIRE_NOTICE_WORDS = 40
# Each notice holds one of these (in lower case): looked for before the pattern is tried.
_WIRE_NEEDLES = ("responsible", "distributed", "disseminated", "transmitted", "issued")
# A line of hashtags alone: "#HarbourPark #Innovation".
_HASHTAGS = re.compile(r"(?:#\w+[\s,]*)+")
# What a script shows while it loads: "Loading...", "Loading…".
_LOADING = re.compile(r"loading\s*(?:\.{2,}|…)?", re.IGNORECASE)
_SCRIPT_NOTICE_WORDS = 16
# A heading over links to other pages: "Related News", "You may also like", "More stories".
_RELATED_HEADING = re.compile(
    r"(?:(?:related|more|other|latest|recent|popular|recommended|further|top)\s+"
    r"(?:news|articles?|stories|posts|(?:press )?releases|reading|links|videos)"
    r"|you (?:may|might) also (?:like|enjoy|be interested in)|most (?:popular|read|viewed)"
    r"|recommended(?: for you)?|see also|read (?:more|next)|also read|trending(?: now)?)"
    r"\s*(?::|>>|»|›)?",
    re.IGNORECASE,
)
# A site's own name in its chrome ("news.gov.hk", "example.com"): a word with a dot inside.
_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_TRAIL = re.compile(r"\s[|>›»/]\s")
# A line that sorts a release rather than telling it: "Tags: …", "Category: …", "Posted in
# Events" (not a sentence); or that says who wrote it: "By Jo Lee", "Reporter: Jo Lee".
_SORTING = re.compile(
    r"(?:tags?|categor(?:y|ies)|topics?|keywords?|filed under|hashtags?)\s*:"
    r"|posted in\b(?!.*[.!?]$)"
    r"|(?:issued|released|posted|published|updated|last updated|last modified|last revision date)"
    r"(?:\s+(?:at|on|by)\b|\s*:|\s*$)"
    r"|(?-i:SOURCE)\b|sources?\s*:|(?:view|read) (?:original|full|more)|full story\b"
    r"|(?:sponsored|presented|paid for|brought to you)\s+by\b|advertorial\b"
    r"|(?:(?:written|reported|text|words|interview)\s+)?by\s+(?-i:[A-Z])(?!.*[.!?]$)"
    r"|(?:editor|reporter|author|writer|correspondent|journalist)s?\s*:",
    re.I,
)
_URL = re.compile(r"https?://\S+|www\.\S+")


def words(block: str) -> list[str]:
    """Return the words of a block (letters first; numbers are not words here)."""
    return _WORD.findall(block)


def sentence_count(block: str) -> int:
    """Return roughly how many sentences the block holds."""
    count = 1
    for stop in _STOP.finditer(block):
        if not _NOT_AN_END.search(block, max(0, stop.start() - 5), stop.start()):
            count += 1
    return count


def is_noise(block: str) -> bool:
    """A block with no word in it: marks, a short run of digits or footnote numbers, a
    release's closing mark ("Ends", "###"), or a word alone in lower case, which no heading
    begins with: what a page's code left behind ("none", "logo"), a language code in a list
    ("• en", "• zh_cn")."""
    if not _LETTER_OR_DIGIT.search(block):
        return True
    if len(block) <= 60 and _CLOSING.match(block):
        return True
    if len(block) > 24:
        return False
    text = block.strip()
    return (
        not any(c.isalpha() for c in block)
        or _NOISE.fullmatch(text) is not None
        or _STRAY_WORD.fullmatch(text) is not None
    )


def is_closing_mark(block: str) -> bool:
    """A release's closing mark, maybe with its date: "Ends", "- End -", "###", "-30-",
    "Ends/Thursday, February 2, 2023"."""
    if len(block) > 60:
        return False
    return _CLOSE_MARK.fullmatch(block.strip()) is not None or _CLOSING.match(block) is not None


def is_profile(block: str) -> bool:
    """A paragraph that profiles an organisation, as "About …" boilerplate does: it opens
    "<Name> (<abbreviation>) is a …" and ends as a sentence."""
    return _PROFILE.match(block) is not None and ends_sentence(block)


def is_interface(block: str) -> bool:
    """Navigation and share text: a short block made only of button and menu words."""
    if len(block) > 120:
        return False
    block = _NEW_WINDOW.sub(" ", block.replace("|", " "))
    found = [word.lower().strip(".:()<>»›,") for word in block.split()]
    found = [word for word in found if _LETTER_OR_DIGIT.search(word)]
    # A count beside a button ("Browse all 10609", "Comments 12") is part of it.
    named = [word for word in found if not word.isdigit()]
    return 0 < len(named) <= _INTERFACE_WORDS and all(
        word in _INTERFACE or _DOMAIN.fullmatch(word) for word in named
    )


def is_caption(block: str) -> bool:
    """A photo caption: it places people ("(second from left)"), opens "Photo 1:" or ends with
    a photo credit ("Photo: Jo Lee"), and is one or two sentences long; or it is one sentence
    that shows a titled person doing something in the present tense ("Dr X, Chairman of Y,
    presents …"); or it says what people in a picture do, without a full stop."""
    # Captions name many guests, but they are one or two sentences long, not counting a
    # credit after them ("… in Sha Tin. (Provided to the Daily)").
    if len(block) > 1000:
        return False
    credit = _CREDIT.search(block, max(0, len(block) - _CREDIT_REACH))
    told = block[: credit.start()] if credit else block
    if sentence_count(told) > 2 or len(words(block)) > 140:
        return False
    if credit or _POSITION.search(block) or CAPTION_OPENING.match(block):
        return True
    if sentence_count(block) == 1 and _PRESENT_SCENE.match(block):
        return True
    return not ends_sentence(block) and _CAPTION_VERB.search(block) is not None


def is_contact(block: str) -> bool:
    """Contact details: a short block with an e-mail address, a telephone number or a contact
    field ("Tel:", "Email:")."""
    if len(block) > 400 or len(words(block)) > 40:
        return False
    return bool(_EMAIL.search(block) or _CONTACT_FIELD.match(block) or _phone_only(block))


def _phone_only(block: str) -> bool:
    match = _PHONE.search(block)
    return match is not None and len(words(block)) <= 12 and not ends_sentence(block)


def is_captions_heading(block: str) -> bool:
    """A heading over a list of photo captions: "Photo captions", "Photos:", "Captions"."""
    return len(block) <= 30 and _CAPTIONS_HEADING.fullmatch(block.strip()) is not None


def opens_with_dateline(block: str) -> bool:
    """Whether the block opens as a release's body does, with a dateline ("(Hong Kong, 3 May
    2024) –", "HONG KONG, May 3, 2024 –", any shape `datelines.py` knows)."""
    return _DATELINE.match(block) is not None or dateline_end(block) > 0


def is_photo_number(block: str) -> bool:
    """A photo's number alone on its line, over its caption: "Photo 1", "Photos 2 & 3"."""
    return len(block) <= 30 and _PHOTO_NUMBER.fullmatch(block.strip()) is not None


def is_contact_heading(block: str) -> bool:
    """A heading that opens a contact part ("Media enquiries", "For more information:")."""
    text = block.strip()
    return (
        len(text) <= 100
        and _CONTACT_HEADING.match(text) is not None
        and not ends_sentence(text)
        and len(words(text)) <= 8
    )


def is_about_heading(block: str) -> bool:
    """A heading that opens a boilerplate part ("About <organisation>", "Notes to editors")."""
    text = block.strip()
    return (
        len(text) <= 150
        and _ABOUT_HEADING.match(text) is not None
        and not ends_sentence(text)
        and len(words(text)) <= 12
    )


def is_heading(block: str) -> bool:
    """A heading or subtitle: a line of at most 25 words that does not end as a sentence, nor
    holds a sentence end (a paragraph whose last sentence was cut short is body text)."""
    return (
        len(block) <= 300
        and not ends_sentence(block)
        and "\n" not in block.strip()
        and len(words(block)) <= 25
        and sentence_count(block) == 1
    )


def is_label(block: str) -> bool:
    """A label wherever it stands: a short remark in parentheses or brackets ("(with photos)",
    "[Sponsored]"), a line that sorts or stamps the release ("Tags: …", "Issued at 19:48",
    "SOURCE Acme", "Sponsored by:"), or a link."""
    text = block.strip()
    if len(text) > 200:
        return False
    if text[:1] + text[-1:] in ("()", "[]") and len(words(text)) <= 5:
        return True
    if _SORTING.match(text) is not None and len(words(text)) <= 14:
        return True
    return _URL.search(text) is not None and len(words(_URL.sub("", text))) <= 6


def is_trail(block: str) -> bool:
    """A breadcrumb trail or a row of links: parts joined by `|`, `>`, `›` or `»`."""
    return len(block) <= 250 and _TRAIL.search(block) is not None and len(words(block)) <= 30


def is_link_row(block: str) -> bool:
    """A row of links wherever it stands: a trail of short parts, none a sentence
    ("Privacy Policy | Terms of Use | Sitemap", "Home > News > 2024")."""
    if not is_trail(block) or ends_sentence(block):
        return False
    parts = re.split(r"\s[|>›»/]\s", block)
    return len(parts) >= 2 and all(len(words(part)) <= 5 for part in parts)


def is_site_notice(block: str) -> bool:
    """What a site prints under every page: a short line with a copyright or "All rights
    reserved", or a link to its privacy policy or terms of use (not a sentence)."""
    if len(block) > 300 or not _NOTICE_MARK.search(block):  # longer than twenty words
        return False
    link = not ends_sentence(block) and _SITE_LINK.search(block) is not None
    return (link or _SITE_NOTICE.search(block) is not None) and len(words(block)) <= 20


def is_script_notice(block: str) -> bool:
    """What a page's scripts and players print in place of what they show, a short block:
    "Getting your audio player ready…", "Your browser does not support the video tag"."""
    return (
        len(block) <= 200
        and len(words(block)) <= _SCRIPT_NOTICE_WORDS
        and (_SCRIPT_NOTICE.search(block) is not None or _LOADING.fullmatch(block) is not None)
    )


def is_wire_notice(block: str) -> bool:
    """What a wire service adds under a release it carries, a short block: "The issuer is
    solely responsible for the content of this announcement."; or a line of hashtags alone."""
    if block.startswith("#"):
        return _HASHTAGS.fullmatch(block.strip()) is not None
    if len(block) > 400:
        return False
    lowered = block.lower()
    if not any(needle in lowered for needle in _WIRE_NEEDLES):
        return False
    return _WIRE_NOTICE.search(block) is not None and len(words(block)) <= _WIRE_NOTICE_WORDS


def is_related_heading(block: str) -> bool:
    """A heading over links to other pages ("Related News", "You may also like")."""
    text = block.strip()
    return len(text) <= 60 and _RELATED_HEADING.fullmatch(text) is not None


def is_section_label(block: str) -> bool:
    """A label before the body: at most four words, each capitalised, no sentence end
    ("Corporate News", "Press Room", "For Immediate Release")."""
    if len(block) > 60:
        return False
    found = words(block)
    return (
        0 < len(found) <= 4
        and not ends_sentence(block)
        and all(word[0].isupper() or word.lower() in ("of", "and", "the", "for") for word in found)
    )
