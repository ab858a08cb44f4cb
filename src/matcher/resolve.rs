//! After the scan: short forms resolved against the entries mentioned before them, and the
//! text a match is replaced with.

use super::{Match, MatchKind, Matcher, Mentions, Pending};
use crate::fold::same_modulo_space;
use crate::prose::Markup;
use std::borrow::Cow;

impl Matcher {
    /// Resolve the short forms among `matches` (in document order) against the entries mentioned
    /// in full before them, and keep a pending ordinary word (`Match::pending`) only where
    /// its entry was mentioned before it as it needs; `mentions` carries that state from one piece of a
    /// document to the next.
    pub fn resolve(&self, matches: &mut Vec<Match>, mentions: &mut Mentions) {
        if !self.index.has_shorts() && !self.vets_mentions {
            // No short forms and no ordinary words anywhere: nothing to resolve, no mentions
            // worth recording.
            return;
        }
        let mut dropped = false;
        for m in matches.iter_mut() {
            if m.pending != Pending::No {
                let seen = match m.pending {
                    Pending::OtherScript => &mentions.seen_apart,
                    _ => &mentions.seen,
                };
                match m.entry {
                    Some(e) if seen.contains(&e) => m.pending = Pending::No,
                    _ => {
                        dropped = true;
                        continue;
                    }
                }
            }
            if m.kind == MatchKind::Short && m.entry.is_none() {
                if m.rival {
                    // Another person of this surname: from here on it names none of them.
                    mentions.rivalled.extend(m.candidates.iter().copied());
                    m.kind = MatchKind::Ambiguous;
                    continue;
                }
                let seen: Vec<usize> = m
                    .candidates
                    .iter()
                    .copied()
                    .filter(|c| mentions.seen.contains(c))
                    .collect();
                if seen.len() == 1 && !mentions.rivalled.contains(&seen[0]) {
                    m.entry = Some(seen[0]);
                    m.candidates.clear();
                } else if let ([e], true) = (&m.candidates[..], m.alone) {
                    if mentions.rivalled.contains(e) {
                        m.kind = MatchKind::Ambiguous;
                    } else {
                        m.entry = Some(*e);
                        m.candidates.clear();
                    }
                } else {
                    m.kind = MatchKind::Ambiguous;
                    if !seen.is_empty() {
                        m.candidates = seen;
                    }
                    // Rewritten to the full name, it mentions the entry as the output will: a
                    // second run, reading that name, must resolve what follows alike.
                    if let ([e], true) = (&m.candidates[..], m.in_full) {
                        mentions.seen.insert(*e);
                    }
                }
            } else if let (Some(e), true) = (m.entry, m.kind != MatchKind::Short) {
                mentions.seen.insert(e);
                if !m.hangul {
                    mentions.seen_apart.insert(e);
                }
            }
        }
        if dropped {
            matches.retain(|m| m.pending == Pending::No);
        }
    }

    /// What a match should be replaced with, or `None` when the text already is the house style
    /// (up to runs of white space) or the match is ambiguous (unless every candidate has the
    /// same canonical form). Fuzzy matches are replaced only when
    /// `fuzzy` is true.
    /// `found` is the matched text (`&text[m.start..m.end]`).
    pub fn replacement<'a>(&'a self, found: &str, m: &Match, fuzzy: bool) -> Option<Cow<'a, str>> {
        let target: &str = match m.kind {
            MatchKind::Ambiguous => return self.shared_canonical(found, m).map(Cow::Borrowed),
            MatchKind::Fuzzy if !fuzzy => return None,
            MatchKind::Short => {
                let entry = self.entry(m.entry?);
                let f = crate::fold::fold(found);
                match entry.short.iter().find(|s| crate::fold::fold(s) == f) {
                    Some(s) => s,
                    // An implied short form (no listed one) is identified, not rewritten: the
                    // surname alone, in its script and case, is already what the text means.
                    None => entry.short.first()?,
                }
            }
            // Where the match found it (no look-up by entry), else by entry.
            _ => match m.canonical {
                Some(range) => self.index.canonical(range)?,
                None => self.index.canonical_of(m.entry?)?,
            },
        };
        let genitive = match m.kind {
            MatchKind::Short => self.short_genitive(found, m),
            _ => self.genitive(found, m),
        };
        let target = match genitive.map(|()| genitive_ending(target)) {
            Some(ending) => Cow::Owned(format!("{target}{ending}")),
            None => Cow::Borrowed(target),
        };
        (!same_modulo_space(found, &target)).then_some(target)
    }

    /// Does `found`, a name of several words, carry a German genitive `s` after the spelling `m`
    /// matched (`Xi Jinpings`, `Kim Jong Uns`: see the scan)? `None` for any other match.
    fn genitive(&self, found: &str, m: &Match) -> Option<()> {
        if m.kind == MatchKind::Short || !found.ends_with(['s', 'S']) {
            return None;
        }
        let spelling = self.index.spelling_text(m.spelling?);
        let f = crate::fold::fold(found);
        let base = f.strip_suffix('s')?;
        if base != crate::fold::fold(spelling) || !spelling.contains(char::is_whitespace) {
            return None;
        }
        Some(())
    }

    /// Does the short form `found` carry a German genitive `s` after the surname it resolved as
    /// (`Lawrows Besuch` after `Sergej Lawrow`: the scan takes the `s` along with an implied
    /// short form)? When the entry lists its short form, the replacement is that form with the
    /// ending (`Lavrovs`), not the bare surname.
    fn short_genitive(&self, found: &str, m: &Match) -> Option<()> {
        let base = found.strip_suffix(['s', 'S'])?;
        let latin = base.chars().next_back().is_some_and(|c| {
            c.is_alphabetic() && crate::fold::script_of(c) == crate::fold::Script::Latin
        });
        let entry = m.entry?;
        let (whole, key) = (crate::fold::fold(found), crate::fold::fold(base));
        let is_short = |k: &str, text: &str| {
            let h = super::words::hash_str(k);
            matches!(
                self.index.find(h, k, k.len(), true, text),
                Some(super::index::Resolved::Short(es)) if es.contains(&(entry as u32))
            )
        };
        (latin && !is_short(&whole, found) && is_short(&key, base)).then_some(())
    }

    /// An ambiguous match whose candidates all have one canonical form (true homonyms: two
    /// people called Deng Jun, met as "Teng Chün"): whichever is meant, its house style is that
    /// form, so the text can be normalised without choosing. Not for a short form ("Deng"),
    /// which is replaced by a short form only once its entry is known.
    fn shared_canonical<'a>(&'a self, found: &str, m: &Match) -> Option<&'a str> {
        let (&first, rest) = m.candidates.split_first()?;
        let canonical = self.index.canonical_of(first)?;
        let f = crate::fold::fold(found);
        let short = m.candidates.iter().any(|&c| {
            self.entry(c)
                .short
                .iter()
                .any(|s| crate::fold::fold(s) == f)
        });
        let alike = rest
            .iter()
            .all(|&c| self.index.canonical_of(c) == Some(canonical));
        (alike && !short && !same_modulo_space(found, canonical)).then_some(canonical)
    }

    /// What to write over the match `m`, spelt `raw` in a document marked up as `markup`: its
    /// [`Matcher::replacement`] (judged on the text as the matcher read it, HTML references
    /// decoded) as the document spells it ([`Markup::respell`]); `None` when there is nothing to
    /// replace.
    pub fn rewrite<'a>(
        &'a self,
        raw: &str,
        m: &Match,
        fuzzy: bool,
        markup: Markup,
    ) -> Option<Cow<'a, str>> {
        let found = markup.decoded(raw);
        let replacement = self.replacement(&found, m, fuzzy)?;
        Some(match replacement {
            Cow::Borrowed(r) => markup.respell(raw, r),
            Cow::Owned(r) => Cow::Owned(markup.respell(raw, &r).into_owned()),
        })
    }

    /// The text with every match replaced by its [`Matcher::replacement`].
    pub fn apply(&self, text: &str, matches: &[Match], fuzzy: bool) -> String {
        self.apply_in(text, matches, fuzzy, Markup::Plain)
    }

    /// The document `text`, marked up as `markup`, with every match replaced as
    /// [`Matcher::rewrite`] says.
    pub fn apply_in(&self, text: &str, matches: &[Match], fuzzy: bool, markup: Markup) -> String {
        let mut out = String::with_capacity(text.len() + text.len() / 16);
        let mut last = 0;
        for m in matches {
            if let Some(r) = self.rewrite(&text[m.start..m.end], m, fuzzy, markup) {
                out.push_str(&text[last..m.start]);
                out.push_str(&r);
                last = m.end;
            }
        }
        out.push_str(&text[last..]);
        out
    }
}

/// The German genitive ending of `name` as it is written back: an apostrophe after s, ß, x, z or
/// ce, else `s` (Amtliche Regelung der deutschen Rechtschreibung §96(1); Duden K 16).
fn genitive_ending(name: &str) -> &'static str {
    let lower = name.to_lowercase();
    if lower.ends_with(['s', 'ß', 'x', 'z']) || lower.ends_with("ce") {
        "'"
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use crate::matcher::tests::{matcher, G};

    #[test]
    fn homonyms_with_one_canonical_form_are_normalised() {
        let m = matcher(
            "[[entry]]\nid = \"a\"\ncanonical = \"Hu Bo\"\nvariants = [\"Hu Po\"]\n[[entry]]\nid = \"b\"\ncanonical = \"Hu Bo\"\nvariants = [\"Hu Po\"]\n[[entry]]\nid = \"c\"\ncanonical = \"Kim Yong-su\"\n[[entry]]\nid = \"d\"\ncanonical = \"Kim Yŏng-su\"\n",
        );
        let text = "HU PO and KIM YONG SU";
        let ms = m.find(text);
        assert!(
            ms.iter().all(|x| x.kind == crate::MatchKind::Ambiguous),
            "{ms:?}"
        );
        assert_eq!(m.apply(text, &ms, false), "Hu Bo and KIM YONG SU");
    }

    #[test]
    fn apply_changes_only_matched_spans() {
        let m = matcher(G);
        let text = "KIM JONG-UN\r\nvisited Pyong-yang;  Kim  Jong\nUn stayed.";
        let ms = m.find(text);
        assert_eq!(
            m.apply(text, &ms, false),
            "Kim Jong Un\r\nvisited Pyongyang;  Kim  Jong\nUn stayed."
        );
    }
}
