#include "sync/embeddedserver.h"

namespace shopdesk::sync {

namespace {

EmbeddedServer::Factory &factory()
{
    static EmbeddedServer::Factory installed;
    return installed;
}

} // namespace

void EmbeddedServer::installFactory(Factory make)
{
    factory() = std::move(make);
}

std::unique_ptr<EmbeddedServer> EmbeddedServer::create()
{
    return factory() ? factory()() : nullptr;
}

} // namespace shopdesk::sync
