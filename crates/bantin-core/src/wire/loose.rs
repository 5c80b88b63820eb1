//! Lenient serde field types for feeds written by many different CMSs.
//!
//! A strict `#[derive(Deserialize)]` rejects a whole feed because one item has
//! a number where a string belongs. These wrappers instead keep a value when it
//! has the expected shape and skip it (as `None` or empty) when it does not,
//! while still streaming: nothing is buffered into a `serde_json::Value`.

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// A string field: `Some` only for a JSON string.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Text(pub Option<String>);

/// A non-negative integer field: `Some` for a JSON integer ≥ 0 (or a float with
/// no fraction, which some encoders emit for counters).
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Count(pub Option<u64>);

/// An identifier: JSON Feed 1.1 says string, 1.0 feeds use numbers too.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Id(pub Option<String>);

/// An object field decoded as `T`: `None` for any other JSON type.
#[derive(Debug, Clone, PartialEq)]
pub struct Object<T>(pub Option<T>);

/// A list whose elements are decoded as `T`; any non-array is the empty list.
#[derive(Debug, Clone, PartialEq)]
pub struct List<T>(pub Vec<T>);

/// Like [`List`], but a bare object where a list belongs (`"authors": {…}`,
/// which some 1.1 feeds emit) is read as a list of one.
#[derive(Debug, Clone, PartialEq)]
pub struct OneOrMany<T>(pub Vec<T>);

/// An array field whose absence or wrong type matters: `None` unless it is an array.
#[derive(Debug, Clone, PartialEq)]
pub struct Array<T>(pub Option<Vec<T>>);

/// An object decoded as `T`, or a bare string read as `T` through `From<String>`
/// (`"author": "Mỹ Linh"` where an author object belongs).
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectOrString<T>(pub Option<T>);

/// A list of strings, also written as one comma-separated string
/// (`"tags": "workflow,omnifocus"`, as some generators emit): each value
/// trimmed, empty ones and non-strings dropped.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct StringList(pub Vec<String>);

impl<T> Default for Object<T> {
    fn default() -> Self {
        Self(None)
    }
}

impl<T> Default for List<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T> Default for OneOrMany<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T> Default for Array<T> {
    fn default() -> Self {
        Self(None)
    }
}

impl<T> Default for ObjectOrString<T> {
    fn default() -> Self {
        Self(None)
    }
}

/// Implements the `visit_*` methods of a visitor for every JSON type not handled
/// otherwise, each discarding its value and yielding `Default::default()`.
macro_rules! skip_others {
    ($($method:ident($($arg:ty)?)),* $(,)?) => {
        $(skip_others!(@one $method $($arg)?);)*
    };
    (@one visit_map) => {
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(Default::default())
        }
    };
    (@one visit_seq) => {
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(Default::default())
        }
    };
    (@one visit_unit) => {
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
    };
    (@one $method:ident $arg:ty) => {
        fn $method<E: de::Error>(self, _: $arg) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
    };
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text(Some(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
        Ok(Text(Some(v)))
    }

    skip_others!(visit_bool(bool), visit_i64(i64), visit_u64(u64), visit_f64(f64));
    skip_others!(visit_unit(), visit_seq(), visit_map());
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TextVisitor)
    }
}

struct CountVisitor;

impl<'de> Visitor<'de> for CountVisitor {
    type Value = Count;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Count, E> {
        Ok(Count(Some(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Count, E> {
        Ok(Count(u64::try_from(v).ok()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Count, E> {
        // 2^53: beyond it a float no longer holds every integer exactly.
        let exact = v.fract() == 0.0 && (0.0..=9_007_199_254_740_992.0).contains(&v);
        Ok(Count(exact.then_some(v as u64)))
    }

    skip_others!(visit_bool(bool), visit_str(&str), visit_unit(), visit_seq(), visit_map());
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(CountVisitor)
    }
}

/// A flag that may carry a rank: `true` (`Some(None)`), or a non-negative
/// integer (`Some(Some(n))`, lower first); `false` and anything else is
/// `None`.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Rank(pub Option<Option<u64>>);

struct RankVisitor;

impl<'de> Visitor<'de> for RankVisitor {
    type Value = Rank;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Rank, E> {
        Ok(Rank(v.then_some(None)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Rank, E> {
        Ok(Rank(Some(Some(v))))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Rank, E> {
        Ok(Rank(u64::try_from(v).ok().map(Some)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Rank, E> {
        Ok(Rank(CountVisitor.visit_f64::<E>(v)?.0.map(Some)))
    }

    skip_others!(visit_str(&str), visit_unit(), visit_seq(), visit_map());
}

impl<'de> Deserialize<'de> for Rank {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RankVisitor)
    }
}

struct IdVisitor;

impl<'de> Visitor<'de> for IdVisitor {
    type Value = Id;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Id, E> {
        Ok(Id(Some(v.to_owned())))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Id, E> {
        Ok(Id(Some(v.to_string())))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Id, E> {
        Ok(Id(Some(v.to_string())))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Id, E> {
        // Only integers (`1234.0`) are ids in practice; within 2^53 a float
        // holds them exactly, and they print as the integer would.
        let integral = v.fract() == 0.0 && v.abs() <= 9_007_199_254_740_992.0;
        Ok(Id(integral.then(|| (v as i64).to_string())))
    }

    skip_others!(visit_bool(bool), visit_unit(), visit_seq(), visit_map());
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(IdVisitor)
    }
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = Object<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
        T::deserialize(de::value::MapAccessDeserializer::new(map)).map(|v| Object(Some(v)))
    }

    skip_others!(visit_bool(bool), visit_i64(i64), visit_u64(u64), visit_f64(f64));
    skip_others!(visit_str(&str), visit_unit(), visit_seq());
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ObjectVisitor(PhantomData))
    }
}

/// Reads an array (or, when `single_object`, one object) as `Some(Vec<T>)`,
/// anything else as `None`.
struct SeqVisitor<T> {
    single_object: bool,
    element: PhantomData<T>,
}

impl<T> SeqVisitor<T> {
    fn new(single_object: bool) -> Self {
        Self { single_object, element: PhantomData }
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for SeqVisitor<T> {
    type Value = Option<Vec<T>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        // The hint comes from the input: trust it only so far.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Some(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        if self.single_object {
            T::deserialize(de::value::MapAccessDeserializer::new(map)).map(|v| Some(vec![v]))
        } else {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(None)
        }
    }

    skip_others!(visit_bool(bool), visit_i64(i64), visit_u64(u64), visit_f64(f64));
    skip_others!(visit_str(&str), visit_unit());
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let items = d.deserialize_any(SeqVisitor::new(false))?;
        Ok(Self(items.unwrap_or_default()))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let items = d.deserialize_any(SeqVisitor::new(true))?;
        Ok(Self(items.unwrap_or_default()))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Array<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SeqVisitor::new(false)).map(Self)
    }
}

struct ObjectOrStringVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de> + From<String>> Visitor<'de> for ObjectOrStringVisitor<T> {
    type Value = ObjectOrString<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::deserialize(de::value::MapAccessDeserializer::new(map)).map(|v| ObjectOrString(Some(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(ObjectOrString(Some(T::from(v.to_owned()))))
    }

    skip_others!(visit_bool(bool), visit_i64(i64), visit_u64(u64), visit_f64(f64));
    skip_others!(visit_unit(), visit_seq());
}

impl<'de, T: Deserialize<'de> + From<String>> Deserialize<'de> for ObjectOrString<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ObjectOrStringVisitor(PhantomData))
    }
}

struct StringListVisitor;

impl<'de> Visitor<'de> for StringListVisitor {
    type Value = StringList;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut values = Vec::new();
        while let Some(Text(value)) = seq.next_element()? {
            values.extend(value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()));
        }
        Ok(StringList(values))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(StringList(v.split(',').map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned).collect()))
    }

    skip_others!(visit_bool(bool), visit_i64(i64), visit_u64(u64), visit_f64(f64));
    skip_others!(visit_unit(), visit_map());
}

impl<'de> Deserialize<'de> for StringList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StringListVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[derive(Deserialize, Debug, Default, PartialEq)]
    #[serde(default)]
    struct Sample {
        text: Text,
        count: Count,
        id: Id,
        list: List<Text>,
        object: Object<Inner>,
    }

    #[derive(Deserialize, Debug, Default, PartialEq)]
    #[serde(default)]
    struct Inner {
        name: Text,
    }

    fn parse(json: &str) -> Sample {
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
    }

    #[test]
    fn keeps_values_of_the_expected_shape() {
        let s =
            parse(r#"{"text":"Tin","count":100,"id":"a-1","list":["x","y"],"object":{"name":"Mỹ Linh"}}"#);
        assert_eq!(s.text.0.as_deref(), Some("Tin"));
        assert_eq!(s.count.0, Some(100));
        assert_eq!(s.id.0.as_deref(), Some("a-1"));
        assert_eq!(s.list.0.len(), 2);
        assert_eq!(s.object.0.and_then(|o| o.name.0).as_deref(), Some("Mỹ Linh"));
    }

    #[test]
    fn skips_values_of_the_wrong_shape_without_failing() {
        let s =
            parse(r#"{"text":{"a":[1,{"b":2}]},"count":"100","id":[1],"list":"x","object":[{"name":"n"}]}"#);
        assert_eq!(s, Sample::default());
        let s = parse(r#"{"text":null,"count":-3,"id":true,"list":null,"object":"x"}"#);
        assert_eq!(s, Sample::default());
    }

    #[test]
    fn numeric_ids_and_float_counts_are_accepted() {
        let s = parse(r#"{"id":1234,"count":42.0}"#);
        assert_eq!((s.id.0.as_deref(), s.count.0), (Some("1234"), Some(42)));
        assert_eq!(parse(r#"{"count":4.5}"#).count.0, None);
        assert_eq!(parse(r#"{"count":1e300}"#).count.0, None);
    }

    #[test]
    fn a_bare_object_is_a_list_of_one_only_where_allowed() {
        #[derive(Deserialize, Default)]
        #[serde(default)]
        struct Lists {
            one_or_many: OneOrMany<Inner>,
            list: List<Inner>,
            array: Array<Inner>,
        }
        let json = r#"{"one_or_many":{"name":"A"},"list":{"name":"B"},"array":{"name":"C"}}"#;
        let l: Lists = serde_json::from_str(json).unwrap_or_default();
        assert_eq!((l.one_or_many.0.len(), l.list.0.len(), l.array.0), (1, 0, None));
        let l: Lists = serde_json::from_str(r#"{"array":[]}"#).unwrap_or_default();
        assert_eq!(l.array.0.map(|a| a.len()), Some(0));
    }

    #[test]
    fn a_string_stands_for_an_object_or_a_list_where_generators_write_one() {
        #[derive(Deserialize, Default, Debug, PartialEq)]
        #[serde(default)]
        struct Named {
            name: Text,
        }
        impl From<String> for Named {
            fn from(name: String) -> Self {
                Self { name: Text(Some(name)) }
            }
        }
        #[derive(Deserialize, Default)]
        #[serde(default)]
        struct Item {
            author: ObjectOrString<Named>,
            tags: StringList,
        }
        let read = |json: &str| serde_json::from_str::<Item>(json).unwrap_or_default();
        let item = read(r#"{"author":"Mỹ Linh","tags":"workflow, omnifocus,,"}"#);
        assert_eq!(item.author.0.and_then(|a| a.name.0).as_deref(), Some("Mỹ Linh"));
        assert_eq!(item.tags.0, ["workflow", "omnifocus"]);
        let item = read(r#"{"author":{"name":"A"},"tags":["x", 1, " ", "y"]}"#);
        assert_eq!(item.author.0.and_then(|a| a.name.0).as_deref(), Some("A"));
        assert_eq!(item.tags.0, ["x", "y"]);
        let item = read(r#"{"author":[1],"tags":{"a":1}}"#);
        assert_eq!((item.author.0, item.tags.0.len()), (None, 0));
    }

    #[test]
    fn invalid_json_is_still_an_error() {
        assert!(serde_json::from_str::<Sample>(r#"{"text": "#).is_err());
        assert!(serde_json::from_str::<Sample>(r#"{"list": [1, ]}"#).is_err());
        assert!(serde_json::from_str::<Sample>(r#"{"object": {"name": 1,}}"#).is_err());
    }
}
