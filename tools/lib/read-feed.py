"""Reads RSS files with feedparser, a standard feed parser (Debian's python3-feedparser), as a feed reader would.

Prints one JSON object per file, in order: what the parser made of the channel and of each item. Used by the tests,
so that they judge a feed by what a reader's software decodes, not by the XML's text.
"""
import html
import json
import sys
import time
from html.parser import HTMLParser

import feedparser


class Reading(HTMLParser):
    """The text a reader sees in a description that is HTML, and the elements it would render."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = []
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def shown(detail):
    """The description as a reader shows it: its text, and the elements in it (none for plain text)."""
    value = detail.get("value") or ""
    if detail.get("type") != "text/html":
        return {"text": value, "elements": []}
    reading = Reading()
    reading.feed(value)
    reading.close()
    return {"text": html.unescape("".join(reading.text)), "elements": reading.elements}


def item(entry):
    published = entry.get("published_parsed")
    summary = shown(entry.get("summary_detail", {}))
    return {
        "title": entry.get("title"),
        "link": entry.get("link"),
        "id": entry.get("id"),
        "summary": entry.get("summary"),
        "summaryType": entry.get("summary_detail", {}).get("type"),
        "summaryText": summary["text"],
        "summaryElements": summary["elements"],
        "published": time.strftime("%Y-%m-%d", published) if published else None,
    }


def read(path):
    parsed = feedparser.parse(path)
    channel = parsed.feed
    return {
        "file": path,
        "bozo": bool(parsed.bozo),
        "bozoException": str(parsed.get("bozo_exception", "")) or None,
        "title": channel.get("title"),
        "link": channel.get("link"),
        "language": channel.get("language"),
        "links": [{"rel": link.get("rel"), "href": link.get("href"), "type": link.get("type")} for link in channel.get("links", [])],
        "items": [item(entry) for entry in parsed.entries],
    }


json.dump([read(path) for path in sys.argv[1:]], sys.stdout, ensure_ascii=False)
