#include "ui/fonts.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include <imgui_freetype.h>

#include "core/strings.h"
#include "core/utf8.h"

extern "C" const char prio_font_regular_data[];
extern "C" const std::uint64_t prio_font_regular_size;
extern "C" const char prio_font_bold_data[];
extern "C" const std::uint64_t prio_font_bold_size;

namespace prio {
namespace {

// Latin with its extensions (é ë ï ö ...), general punctuation (curly
// quotes, en and em dashes, ellipsis, bullet), the euro sign and arrows.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x024F,
    0x2000, 0x206F,
    0x20AC, 0x20AC,
    0x2190, 0x2193,
    0,
};

bool in_base_ranges(unsigned c)
{
    for (const ImWchar* r = kGlyphRanges; r[0]; r += 2)
        if (c >= r[0] && c <= r[1])
            return true;
    return false;
}

// Where the characters Noto Sans lacks are found, in the order tried; each
// face only gives the characters it has. Bold faces where Debian has them.
struct Fallback {
    const char* regular;
    const char* bold;
    const char* package;
    const char* serves;
};
const Fallback kFallbacks[] = {
    {"/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf",
     "fonts-noto-core", "Arabic"},
    {"/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansHebrew-Bold.ttf",
     "fonts-noto-core", "Hebrew"},
    {"/usr/share/fonts/truetype/noto/NotoSansSymbols-Regular.ttf", nullptr, "fonts-noto-core", "symbols"},
    {"/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf", nullptr, "fonts-noto-core", "symbols"},
    {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", nullptr, "fonts-wqy-microhei", "Chinese, Japanese and Korean"},
    {"/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf", nullptr, "fonts-symbola", "symbol"},
};

// A face's bytes, read once for the program's life (the atlas borrows
// them); empty when the file is missing, which is said once.
const std::string& face_bytes(const char* path, const Fallback& fallback)
{
    static std::map<std::string, std::string> read;
    auto [it, fresh] = read.try_emplace(path);
    if (fresh) {
        std::ifstream in(path, std::ios::binary);
        it->second.assign(std::istreambuf_iterator<char>(in), {});
        if (it->second.empty())
            std::fprintf(stderr, "prioriteer: %s is missing (Debian package %s): %s text shows as '?'\n", path, fallback.package,
                         fallback.serves);
    }
    return it->second;
}

ImFontConfig config_for(bool merge)
{
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the binary or in face_bytes
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.MergeMode = merge;
    return config;
}

ImFont* add(ImFontAtlas& atlas, bool bold, float pixels, const ImWchar* ranges, const ImWchar* extra)
{
    ImFontConfig config = config_for(false);
    const char* data = bold ? prio_font_bold_data : prio_font_regular_data;
    const std::uint64_t size = bold ? prio_font_bold_size : prio_font_regular_size;
    ImFont* font = atlas.AddFontFromMemoryTTF(const_cast<char*>(data), static_cast<int>(size), pixels, &config, ranges);
    if (!extra)
        return font;
    for (const Fallback& fallback : kFallbacks) {
        const char* path = bold && fallback.bold ? fallback.bold : fallback.regular;
        const std::string& bytes = face_bytes(path, fallback);
        if (bytes.empty())
            continue;
        ImFontConfig merged = config_for(true);
        atlas.AddFontFromMemoryTTF(const_cast<char*>(bytes.data()), static_cast<int>(bytes.size()), pixels, &merged, extra);
    }
    return font;
}

void collect(std::string_view text, std::vector<ImWchar>& out, bool base_too = false)
{
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const char32_t c = utf8_decode(text, i);
        if (c <= 0xFFFF && c != 0xFFFD && (base_too || !in_base_ranges(static_cast<unsigned int>(c))))
            out.push_back(static_cast<ImWchar>(c));
    }
}

void sort_unique(std::vector<ImWchar>& chars)
{
    std::sort(chars.begin(), chars.end());
    chars.erase(std::unique(chars.begin(), chars.end()), chars.end());
}

// Every character of the program's own texts beyond ASCII, in both
// languages. The embedded face lacks some of them (the arrows), so each is
// also asked of the fallback faces, which fill only what it lacks.
const std::vector<ImWchar>& interface_characters()
{
    static const std::vector<ImWchar> chars = [] {
        std::vector<ImWchar> out;
        for (std::string_view key : text_keys())
            for (const char* language : {"nl", "en"})
                collect(tr(key, language), out, true);
        sort_unique(out);
        return out;
    }();
    return chars;
}

}  // namespace

std::vector<ImWchar> extra_characters(const Session& s)
{
    std::vector<ImWchar> out;
    const Deck& d = s.deck;
    for (const std::string* text : {&d.title, &d.description, &s.meta.organisation, &s.meta.title, &s.meta.facilitator,
                                    &s.meta.participants, &s.meta.remarks, &s.meta.segment})
        collect(*text, out);
    for (const Theme& t : d.themes) {
        collect(t.title, out);
        collect(t.description, out);
    }
    for (const Card& c : d.cards)
        for (const std::string* text : {&c.title, &c.summary, &c.body, &c.source})
            collect(*text, out);
    for (const Lane& lane : s.board.lanes)
        collect(lane.title, out);
    for (const std::string& note : s.board.notes)
        collect(note, out);
    sort_unique(out);
    return out;
}

Fonts build_fonts(ImFontAtlas& atlas, float pixel_size, float heading_scale, const std::vector<ImWchar>& extra)
{
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    // The base ranges and each extra character as a range of one; Noto Sans
    // gives what it has (Greek, Cyrillic, combining accents), the fallbacks
    // the rest, and what Noto Sans lacks of the interface's own texts. The
    // atlas copies nothing: these must outlive Build().
    static std::vector<ImWchar> ranges, extra_ranges;
    std::vector<ImWchar> wanted = extra;
    wanted.insert(wanted.end(), interface_characters().begin(), interface_characters().end());
    sort_unique(wanted);
    ranges.assign(std::begin(kGlyphRanges), std::end(kGlyphRanges) - 1);
    extra_ranges.clear();
    for (ImWchar c : wanted) {
        extra_ranges.push_back(c);
        extra_ranges.push_back(c);
    }
    ranges.insert(ranges.end(), extra_ranges.begin(), extra_ranges.end());
    ranges.push_back(0);
    extra_ranges.push_back(0);
    const ImWchar* fallback = extra_ranges.data();
    Fonts fonts;
    fonts.regular = add(atlas, false, pixel_size, ranges.data(), fallback);
    fonts.bold = add(atlas, true, pixel_size, ranges.data(), fallback);
    fonts.heading = add(atlas, true, pixel_size * heading_scale, ranges.data(), fallback);
    fonts.large = add(atlas, false, pixel_size * 1.35f, ranges.data(), fallback);
    fonts.title = add(atlas, true, pixel_size * 1.8f, ranges.data(), fallback);
    atlas.Build();
    static int generation = 0;
    fonts.generation = ++generation;
    return fonts;
}

}  // namespace prio
