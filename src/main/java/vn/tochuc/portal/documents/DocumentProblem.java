package vn.tochuc.portal.documents;

/** Why a field is refused: a message key and the values it quotes. */
public record DocumentProblem(String messageKey, Object... args) {

}
