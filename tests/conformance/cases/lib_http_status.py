# http.HTTPStatus and http.HTTPMethod: values, phrases, descriptions, lookups and errors.
import http
from http import HTTPStatus, HTTPMethod
print(len(HTTPStatus.__members__), len(HTTPStatus), len(HTTPMethod))
print(HTTPStatus(404), repr(HTTPStatus.NOT_FOUND), HTTPStatus.NOT_FOUND.phrase, HTTPStatus.NOT_FOUND.description)
print([s.value for s in HTTPStatus][:10], HTTPStatus.OK == 200, HTTPStatus.OK + 1, f"{HTTPStatus.OK}", "%d %s" % (HTTPStatus.OK, HTTPStatus.OK))
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod("PUT"), HTTPMethod.GET == "GET", HTTPMethod.GET.description, f"{HTTPMethod.GET}", HTTPMethod.GET.upper())
print(HTTPStatus["IM_A_TEAPOT"].phrase, HTTPStatus.IM_A_TEAPOT.name, HTTPStatus.IM_A_TEAPOT.value)
try: HTTPStatus(999)
except ValueError as e: print(e)
try: HTTPMethod("get")
except ValueError as e: print(e)
print(sorted(http.__all__), HTTPStatus.__doc__.splitlines()[0], HTTPMethod.__doc__.splitlines()[0])
print(sorted(s.phrase for s in HTTPStatus if 500 <= s < 600))
print(hash(HTTPStatus.OK) == hash(200), {200: 'x'}[HTTPStatus.OK], isinstance(HTTPStatus.OK, int), str(HTTPMethod.GET))
print("%s %s" % (int(HTTPStatus.CREATED), HTTPStatus.CREATED.phrase), HTTPStatus.OK.name)
