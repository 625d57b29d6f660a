#pragma once
// yaml-cpp's emitter behind the writer's interface (io/yaml/yaml_emit.h):
// what the session writer used until PlainEmitter, so tests can compare
// the bytes of the two.
#include <memory>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "io/yaml/yaml_emit.h"

namespace prio::test {

class YamlCppEmitter final : public yaml::Emitter {
public:
    YamlCppEmitter() { out_.SetIndent(2); }
    void comment(std::string_view text) override { out_ << YAML::Comment(std::string(text)); }
    void begin_map(bool flow) override { group(flow) << YAML::BeginMap; }
    void end_map() override { out_ << YAML::EndMap; }
    void begin_seq(bool flow) override { group(flow) << YAML::BeginSeq; }
    void end_seq() override { out_ << YAML::EndSeq; }
    void scalar(std::string_view text, bool double_quoted = false) override
    {
        if (double_quoted)
            out_ << YAML::DoubleQuoted;
        out_ << std::string(text);
    }
    void value(long long number) override { out_ << number; }
    void value(bool b) override { out_ << b; }
    std::string take() override { return out_.c_str(); }

    static std::unique_ptr<yaml::Emitter> make() { return std::make_unique<YamlCppEmitter>(); }

private:
    YAML::Emitter& group(bool flow) { return flow ? out_ << YAML::Flow : out_; }
    YAML::Emitter out_;
};

}  // namespace prio::test
