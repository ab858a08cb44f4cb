//! The shared form of the language modules' name data: tables of (native form, value) sorted by
//! the native form's bytes and looked up by binary search, and the capped, deduplicated lists of
//! spellings that the generators build from them, most usual first.

/// The value of `key` in a table sorted by key.
pub(super) fn lookup<T: Copy>(table: &'static [(&'static str, T)], key: &str) -> Option<T> {
    table
        .binary_search_by(|e| e.0.cmp(key))
        .ok()
        .and_then(|i| table.get(i))
        .map(|e| e.1)
}

/// Most spellings of one name that a generator of spellings in another script returns.
pub(super) const MAX_SPELLINGS: usize = 16;

/// Append `s` unless it is empty, already there, or the list is full.
pub(super) fn push_unique(out: &mut Vec<String>, s: String) {
    if !s.is_empty() && out.len() < MAX_SPELLINGS && !out.contains(&s) {
        out.push(s);
    }
}

/// Append each of `forms` as [`push_unique`] does.
pub(super) fn push_all(out: &mut Vec<String>, forms: &[&str]) {
    for f in forms {
        push_unique(out, (*f).to_string());
    }
}

/// Is the table sorted by key, strictly (what [`lookup`] needs)?
#[cfg(test)]
pub(super) fn is_sorted<T>(table: &[(&str, T)]) -> bool {
    table.windows(2).all(|w| w[0].0 < w[1].0)
}
