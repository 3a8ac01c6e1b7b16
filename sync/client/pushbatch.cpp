#include "pushbatch.h"

#include "protocol/jsontext.h"
#include "protocol/wire.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <variant>

namespace rapport {

namespace {

const QByteArray Head("{\"mutations\":[");
const QByteArray Tail("]}");

protocol::Mutation toWire(const Mutation &m)
{
    protocol::Mutation wire;
    wire.mid = m.mid;
    wire.entity = m.entity;
    wire.id = m.entityId;
    wire.op = m.op;
    wire.hlc = m.hlc;
    wire.fields = protocol::parseJsonObject(m.fieldsJson.toUtf8());
    wire.base = protocol::parseJsonObject(m.baseJson.toUtf8());
    return wire;
}

} // namespace

PushBatch PushBatch::build(const QList<Mutation> &outbox, qint64 maxBodyBytes, int maxCount)
{
    PushBatch batch;
    QByteArray items;
    for (const Mutation &m : outbox) {
        if (batch.count >= maxCount)
            break;
        const QJsonObject object = protocol::toJson(toWire(m));
        // The server's own parser decides what is valid, so both ends agree by construction.
        const auto checked = protocol::parseMutation(object);
        QString problem;
        if (const auto *error = std::get_if<protocol::WireError>(&checked))
            problem = error->message;
        const QByteArray text = protocol::toJsonText(object);
        const qint64 alone = Head.size() + text.size() + Tail.size();
        if (problem.isEmpty() && alone > maxBodyBytes) {
            problem = QCoreApplication::translate(
                          "PushBatch", "This change is %1 KB, more than the %2 KB the server accepts in one request.")
                          .arg((alone + 1023) / 1024)
                          .arg(maxBodyBytes / 1024);
        }
        if (!problem.isEmpty()) {
            if (batch.count > 0)
                break; // send what is good; this one comes first next time
            batch.refused.append({m.mid, m.entity, m.entityId, problem});
            continue;
        }
        const qint64 grown = Head.size() + items.size() + (items.isEmpty() ? 0 : 1) + text.size() + Tail.size();
        if (batch.count > 0 && grown > maxBodyBytes)
            break;
        if (!items.isEmpty())
            items.append(',');
        items.append(text);
        batch.lastMid = m.mid;
        ++batch.count;
    }
    if (batch.count > 0)
        batch.body = Head + items + Tail;
    return batch;
}

} // namespace rapport
