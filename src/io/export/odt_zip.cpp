// The ODT's zip, made with libzip in memory.
#include <cstdio>
#include <ctime>
#include <zip.h>

#include "io/export/odt_parts.h"
#include "io/export/odt_writer.h"

namespace prio {
namespace {

// The zip entries' time: the report's own time stamp when there is one, so
// the same report at the same moment gives the same bytes.
time_t entry_time(const Report& report)
{
    std::tm tm{};
    if (report.created.size() >= 19 &&
        std::sscanf(report.created.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                    &tm.tm_hour, &tm.tm_min, &tm.tm_sec) == 6) {
        tm.tm_year -= 1900;
        tm.tm_mon -= 1;
        time_t t = timegm(&tm);
        if (t > 315532800)  // the zip format starts in 1980
            return t;
    }
    return 315532800 + 86400;
}

std::string zip_message(zip_error_t* error)
{
    std::string message = zip_error_strerror(error);
    zip_error_fini(error);
    return message;
}

}  // namespace

namespace odt {

Rendered zip_entries(const std::vector<ZipEntry>& parts, const std::string& created)
{
    Report stamp;
    stamp.created = created;
    const time_t when = entry_time(stamp);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return {{}, zip_message(&error)};
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        return {{}, zip_message(&error)};
    }
    zip_source_keep(buffer);  // we read the bytes back after zip_close
    auto fail = [&](zip_error_t* e) {
        std::string message = zip_error_strerror(e);
        zip_discard(archive);
        zip_source_free(buffer);
        return Rendered{{}, message};
    };

    for (const ZipEntry& part : parts) {
        zip_source_t* source = zip_source_buffer(archive, part.data.data(), part.data.size(), 0);
        if (!source)
            return fail(zip_get_error(archive));
        zip_int64_t index = zip_file_add(archive, part.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return fail(zip_get_error(archive));
        }
        // ODF: "mimetype" comes first and is stored, so tools can read the
        // type at a fixed offset without unzipping.
        auto entry = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(archive, entry, part.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9) != 0 ||
            zip_file_set_mtime(archive, entry, when, 0) != 0)
            return fail(zip_get_error(archive));
    }
    if (zip_close(archive) != 0)
        return fail(zip_get_error(archive));

    std::string bytes;
    if (zip_source_open(buffer) != 0) {
        std::string message = zip_error_strerror(zip_source_error(buffer));
        zip_source_free(buffer);
        return {{}, message};
    }
    char chunk[16384];
    zip_int64_t n;
    while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
        bytes.append(chunk, static_cast<std::size_t>(n));
    std::string message = n < 0 ? zip_error_strerror(zip_source_error(buffer)) : "";
    zip_source_close(buffer);
    zip_source_free(buffer);
    if (!message.empty())
        return {{}, message};
    return {std::move(bytes), {}};
}

}  // namespace odt

Rendered report_odt(const Report& report)
{
    std::vector<odt::ZipEntry> parts = {
        {"mimetype", "application/vnd.oasis.opendocument.text", true},
        {"content.xml", odt_content_xml(report)},
        {"styles.xml", odt_styles_xml(report)},
        {"meta.xml", odt_meta_xml(report)},
    };
    std::size_t pictures = 0;
    for (const Block& b : report.blocks) {
        if (const auto* image = std::get_if<block::Image>(&b.item)) {
            double w = 0, h = 0;
            if (!odt::png_size(image->png, w, h))
                return {{}, "a picture is not a PNG image"};
            // PNG is compressed already.
            parts.push_back({odt::picture_path(++pictures), image->png, true});
        }
    }
    parts.push_back({"META-INF/manifest.xml", odt_manifest_xml(pictures)});
    return odt::zip_entries(parts, report.created);
}

}  // namespace prio
