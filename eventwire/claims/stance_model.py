"""The two-stage stance classifier: related/unrelated, then agree/disagree/discuss.

Stage one is a gradient-boosted classifier over the overlap features (and the
rest), deciding whether the body is about the headline's claim at all; stage
two, trained on related pairs only and with balanced class weights (the
"disagree" class is rare), decides the stance. Scores combine the two:
``P(unrelated) = p_u`` and ``P(label) = (1 - p_u) * p_stance(label)``.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass, field
from pathlib import Path

import joblib  # type: ignore[import-untyped]  # joblib: no stubs, no py.typed
import numpy as np
import sklearn  # type: ignore[import-untyped]  # sklearn: no stubs, no py.typed
from sklearn.ensemble import HistGradientBoostingClassifier  # type: ignore[import-untyped]  # sklearn: no stubs, no py.typed

from eventwire.claims.stance_features import StanceFeaturizer
from eventwire.claims.stance_metrics import STANCE_LABELS
from eventwire.claims.stance_text import load_cues
from eventwire.errors import ModelError

FORMAT = 1
MODEL_FILE = "model.joblib"
STANCES = ("agree", "disagree", "discuss")


def _booster(seed: int, balanced: bool) -> HistGradientBoostingClassifier:
    # Settings chosen on the held-out folds of bench/stance.py; early stopping
    # keeps training time and model size down without hurting the score.
    return HistGradientBoostingClassifier(
        max_iter=400,
        learning_rate=0.05,
        max_leaf_nodes=31,
        l2_regularization=1.0,
        class_weight="balanced" if balanced else None,
        early_stopping=True,
        validation_fraction=0.1,
        n_iter_no_change=30,
        random_state=seed,
    )


@dataclass
class StanceModel:
    """A featurizer plus the two fitted classifiers."""

    featurizer: StanceFeaturizer
    related: HistGradientBoostingClassifier
    stance: HistGradientBoostingClassifier
    meta: dict = field(default_factory=dict)

    @classmethod
    def fit(cls, headlines: list[str], bodies: list[str], labels: list[str], seed: int = 0) -> StanceModel:
        """Fit idf weights and both stages on aligned training pairs."""
        featurizer = StanceFeaturizer().fit(list(headlines) + list(bodies))
        X = featurizer.transform(list(headlines), list(bodies))
        y = np.asarray(labels)
        related = _booster(seed, balanced=False).fit(X, y == "unrelated")
        mask = y != "unrelated"
        stance = _booster(seed, balanced=True).fit(X[mask], y[mask])
        meta = {"seed": seed, "n_pairs": len(y), "cues": featurizer.cues.fingerprint}
        return cls(featurizer, related, stance, meta)

    def predict_proba(self, headlines: list[str], bodies: list[str]) -> np.ndarray:
        """Probabilities of (agree, disagree, discuss, unrelated), one row a pair."""
        if not headlines:
            return np.zeros((0, len(STANCE_LABELS)))
        X = self.featurizer.transform(headlines, bodies)
        p_rel = self.related.predict_proba(X)
        p_unrel = p_rel[:, list(self.related.classes_).index(True)]
        p_st = self.stance.predict_proba(X)
        order = [list(self.stance.classes_).index(s) for s in STANCES]
        out = np.empty((len(headlines), len(STANCE_LABELS)))
        out[:, :3] = (1.0 - p_unrel)[:, None] * p_st[:, order]
        out[:, 3] = p_unrel
        return out

    @staticmethod
    def decide(proba: np.ndarray) -> list[str]:
        """Labels from :meth:`predict_proba` rows, deciding relatedness first.

        A pair is unrelated when ``P(unrelated) > 0.5``; otherwise it takes
        the most probable stance. This can differ from a plain argmax when
        no single stance reaches ``P(unrelated)``; the FNC score rewards
        the relatedness decision first, so it is made first.
        """
        labels = []
        for row in proba:
            if row[3] > 0.5:
                labels.append("unrelated")
            else:
                labels.append(STANCES[int(np.argmax(row[:3]))])
        return labels

    def save(self, out_dir: str | Path) -> Path:
        """Write the model to ``out_dir/model.joblib`` (numbers only, no training text)."""
        path = Path(out_dir) / MODEL_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": FORMAT,
            "sklearn": sklearn.__version__,
            "python": platform.python_version(),
            "featurizer": self.featurizer.state(),
            "related": self.related,
            "stance": self.stance,
            "meta": self.meta,
        }
        joblib.dump(payload, path, compress=3)
        return path

    @classmethod
    def load(cls, path: str | Path) -> StanceModel:
        """Read a model written by :meth:`save` (a directory or the file itself).

        The file is a pickle: load only models you trust (the committed one,
        or one you trained with ``train_stance``).
        """
        p = Path(path)
        if p.is_dir():
            p = p / MODEL_FILE
        if not p.is_file():
            raise ModelError(f"no stance model at {p}; train one with train_stance() or pass path=None")
        try:
            payload = joblib.load(p)
        except Exception as exc:  # a corrupt or foreign file: say which one
            raise ModelError(f"cannot read stance model {p}: {exc}") from exc
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            raise ModelError(f"{p} is not a stance model of format {FORMAT}; retrain it")
        cues = load_cues()
        if payload["meta"].get("cues") != cues.fingerprint:
            raise ModelError(
                f"{p} was trained with another cues.toml (fingerprint {payload['meta'].get('cues')}, "
                f"now {cues.fingerprint}); retrain with `python bench/stance.py --train`"
            )
        featurizer = StanceFeaturizer(cues).load_state(payload["featurizer"])
        return cls(featurizer, payload["related"], payload["stance"], payload["meta"])
