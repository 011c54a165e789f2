#include "model/entry.hpp"

namespace imr::model {

const char* to_string(RiskLevel level) {
    switch (level) {
        case RiskLevel::standard:
            return "standard";
        case RiskLevel::low:
            return "low";
        case RiskLevel::medium:
            return "medium";
        case RiskLevel::high:
            return "high";
        case RiskLevel::very_high:
            return "very high";
    }
    return "standard";
}

int rank(RiskLevel level) {
    switch (level) {
        case RiskLevel::standard:
        case RiskLevel::low:
            return 0;
        case RiskLevel::medium:
            return 1;
        case RiskLevel::high:
            return 2;
        case RiskLevel::very_high:
            return 3;
    }
    return 0;
}

}  // namespace imr::model
