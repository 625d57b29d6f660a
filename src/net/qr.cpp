#include "net/qr.h"

#include <qrencode.h>

namespace prio {

QrCode make_qr(const std::string& text)
{
    QrCode code;
    QRcode* qr = QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M);
    if (!qr)
        return code;
    code.size = qr->width;
    code.dark.resize(static_cast<std::size_t>(qr->width) * static_cast<std::size_t>(qr->width));
    for (std::size_t i = 0; i < code.dark.size(); ++i) code.dark[i] = (qr->data[i] & 1) != 0;
    QRcode_free(qr);
    return code;
}

}  // namespace prio
