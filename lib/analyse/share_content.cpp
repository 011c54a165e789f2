#include "analyse/share_content.hpp"

#include "analyse/wording.hpp"

namespace imr::analyse {

ShareContent share_content(const Analysis& analysis, const ShareRecord& share) {
    ShareContent content;
    content.parties = analysis.focus_parties(share.entry);
    const ShareFacts& facts = share.facts(analysis.facts());
    if (!facts.about.empty()) {
        content.explicit_about = true;
        content.indicators = analysis.indicator_names(facts.about);
        return content;
    }
    std::vector<int> known;
    for (int party : content.parties) {
        for (int indicator : analysis.knowledge().indicators_about(party)) {
            if (!analysis.scale().is_concern(analysis.indicator(indicator))) continue;
            if (analysis.knowledge().knew_by(share.sender, party, indicator, share.start))
                known.push_back(indicator);
        }
    }
    content.indicators = analysis.indicator_names(known);
    return content;
}

std::string content_phrase(const Analysis& analysis, const ShareContent& content) {
    std::vector<std::string> parties;
    for (int party : content.parties) parties.push_back(analysis.party(party));
    if (content.explicit_about && !content.indicators.empty()) {
        std::string phrase = indicators_phrase(content.indicators);
        if (!parties.empty()) phrase += " concerning " + list_phrase(parties);
        return phrase;
    }
    return parties.empty() ? std::string("information")
                           : "information about " + list_phrase(parties);
}

std::string sending_phrase(const Analysis& analysis, const ShareContent& content,
                           const std::string& recipient) {
    if (content.explicit_about && !content.indicators.empty()) {
        return "telling " + recipient + " about " + content_phrase(analysis, content);
    }
    return "sending " + recipient + " " + content_phrase(analysis, content);
}

std::string receiving_phrase(const Analysis& analysis, const ShareContent& content,
                             const std::string& sender) {
    if (content.explicit_about && !content.indicators.empty()) {
        return "hearing from " + sender + " about " + content_phrase(analysis, content);
    }
    return "receiving " + content_phrase(analysis, content) + " from " + sender;
}

std::string how_phrase(const Analysis& analysis, const ShareRecord& share) {
    const auto& entry = analysis.facts().entry(share.entry);
    const auto& how =
        share.send ? entry.shared_with[share.item].how : entry.received_from[share.item].how;
    if (how.empty() || how == "other") return {};
    if (how == "meeting") return " at a meeting";
    if (how == "system") return " through a case system";
    return " by " + how;
}

std::optional<std::string> first_party(const Analysis& analysis, const ShareContent& content) {
    if (content.parties.empty()) return std::nullopt;
    return analysis.party(content.parties.front());
}

std::optional<std::string> top_indicator(const ShareContent& content) {
    if (content.indicators.empty()) return std::nullopt;
    return content.indicators.front();
}

Finding share_record_finding(const Analysis& analysis, std::string_view rule,
                             const ShareRecord& record, const ShareContent& content,
                             std::string message, int points) {
    Finding f;
    f.rule = std::string(rule);
    f.agency = analysis.agency(record.sender);
    f.other_agency = analysis.agency(record.recipient);
    f.party = first_party(analysis, content);
    f.indicator = top_indicator(content);
    f.indicators = content.indicators;
    f.date = record.start;
    f.message = std::move(message);
    f.evidence.push_back(analysis.evidence(record.entry));
    points += analysis.critical_point(content.indicators);
    if (!content.parties.empty())
        points += analysis.risk_point(content.parties.front(), record.start);
    f.severity = grade(points);
    return f;
}

}  // namespace imr::analyse
