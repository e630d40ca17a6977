//! Text typed with the legacy Vietnamese font encodings VNI-Windows and TCVN3 (ABC),
//! recognised so that a roster typed with them is reported, not silently mis-read.
//!
//! Before Unicode, Vietnamese was typed with fonts that draw Vietnamese letters in
//! place of Latin-1 characters. Copied into a Unicode file, the text keeps those
//! Latin-1 characters: "Họ và tên" becomes `Hoï vaø teân` (VNI: a base letter
//! followed by a Latin-1 letter drawn as its diacritics) or `Hä vµ tªn` (TCVN3: one
//! Latin-1 character per Vietnamese letter, many of them symbols such as `µ`, `ª`).
//! The tests are conservative: they only look at text that already failed to match
//! anything, and they look for sequences Vietnamese Unicode text never contains.

/// A legacy encoding a piece of text appears to be typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    Vni,
    Tcvn3,
}

impl Legacy {
    pub fn name(self) -> &'static str {
        match self {
            Legacy::Vni => "VNI-Windows",
            Legacy::Tcvn3 => "TCVN3 (ABC)",
        }
    }

    /// The name Unikey's converter gives the font, for the advice in the catalog.
    pub fn converter_source(self) -> &'static str {
        match self {
            Legacy::Vni => "VNI Windows",
            Legacy::Tcvn3 => "TCVN3 (ABC)",
        }
    }
}

/// Latin-1 letters that VNI uses as diacritics and Vietnamese never contains.
fn vni_only(c: char) -> bool {
    matches!(
        c,
        'ï' | 'ø'
            | 'û'
            | 'å'
            | 'ä'
            | 'ë'
            | 'ü'
            | 'æ'
            | 'ö'
            | 'ñ'
            | 'Ï'
            | 'Ø'
            | 'Û'
            | 'Å'
            | 'Ä'
            | 'Ë'
            | 'Ü'
            | 'Æ'
            | 'Ö'
            | 'Ñ'
    )
}

/// VNI writes the circumflex, breve and tone after a plain vowel: `aâ`, `eâ`, `oâ`,
/// `aê`, `où` (ó), `aõ` (ã); no Vietnamese word has these pairs.
fn vni_pair(a: char, b: char) -> bool {
    a.is_ascii_alphabetic()
        && matches!(
            (a.to_ascii_lowercase(), b),
            ('a' | 'e' | 'o', 'â' | 'Â')
                | ('a' | 'e', 'á' | 'Á' | 'à' | 'À')
                | ('a', 'ê' | 'Ê' | 'é' | 'É' | 'è' | 'È')
                | ('a' | 'e' | 'i' | 'o' | 'u' | 'y', 'ù' | 'Ù' | 'õ' | 'Õ')
        )
}

/// TCVN3 draws most Vietnamese letters (`à á ả ã ạ â ê ô ơ ư ă đ`…) in Latin-1's
/// symbol block `¡`…`¿`, which Unicode text never has inside a word. VNI never
/// uses that block, so one such symbol beside a letter means TCVN3.
fn tcvn3_symbol(c: char) -> bool {
    ('\u{A1}'..='\u{BF}').contains(&c) && !matches!(c, '\u{B0}' | '\u{B2}' | '\u{B3}' | '\u{BB}')
}

/// The legacy encoding `s` appears to be typed in, if any.
pub fn detect(s: &str) -> Option<Legacy> {
    let chars: Vec<char> = s.chars().collect();
    let mut vni = false;
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i + 1).copied();
        let after_letter = prev.is_some_and(char::is_alphabetic);
        let before_letter = next.is_some_and(char::is_alphabetic);
        // `«x»` is a quotation, not TCVN3's `ô`: « counts only after a letter.
        if tcvn3_symbol(c) && (after_letter || (before_letter && !matches!(c, '«' | '¡' | '¿')))
        {
            return Some(Legacy::Tcvn3);
        }
        let p_ascii = prev.is_some_and(|p| p.is_ascii_alphabetic());
        if (vni_only(c) && p_ascii) || prev.is_some_and(|p| vni_pair(p, c)) {
            vni = true;
        }
    }
    vni.then_some(Legacy::Vni)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_vni_headers() {
        // "Họ và tên", "Tuân thủ kỷ luật", "Danh hiệu thi đua", "Có" in VNI-Windows.
        for s in [
            "Hoï vaø teân",
            "Tuaân thuû kyû luaät",
            "Danh hieäu thi ñua",
            "Coù",
        ] {
            assert_eq!(detect(s), Some(Legacy::Vni), "{s}");
        }
    }

    #[test]
    fn recognises_tcvn3_headers() {
        // "Họ và tên", "Tuân thủ kỷ luật", "Danh hiệu thi đua", "Không" in TCVN3 (ABC).
        for s in [
            "Hä vµ tªn",
            "Tu©n thñ kû luËt",
            "Danh hiÖu thi ®ua",
            "Kh«ng",
        ] {
            assert_eq!(detect(s), Some(Legacy::Tcvn3), "{s}");
        }
    }

    #[test]
    fn leaves_unicode_vietnamese_and_plain_text_alone() {
        for s in [
            "Họ và tên",
            "Tuân thủ kỷ luật",
            "Chứng chỉ ngoại ngữ",
            "Đa dạng văn hóa",
            "Đa dạng văn hoá",
            "Chiến sĩ thi đua toàn quốc",
            "Hoà Bình",
            "Nguyễn Thị Loan",
            "Lao động tiên tiến",
            "Nguyễn Thị Ánh Tuyết",
            "chưa đạt",
            "maybe",
            "50%",
            "«x»",
            "STT",
        ] {
            assert_eq!(detect(s), None, "{s}");
        }
    }
}
